"""The conditions printed under a simulated policy or offer, so its PDF runs over several pages as an insurer's does.

Written for the training sandbox (plain summaries, not any insurer's wording); the branch picks the clauses.
"""

from __future__ import annotations

_COMMON = (
    "Sigortanın başlangıcı ve sonu: Poliçede yazılı tarihlerde, Türkiye saatiyle öğleyin 12.00'de başlar ve biter.",
    "Prim ödemesi: Peşin primin ya da ilk taksitin ödenmesiyle teminat başlar; taksitler vadesinde ödenir.",
    "Bildirim yükümlülüğü: Sigorta ettiren, riski etkileyen bir değişikliği en geç sekiz gün içinde bildirir.",
    "Hasar ihbarı: Hasar, öğrenildiği tarihten itibaren en geç beş iş günü içinde sigortacıya bildirilir.",
    "Belgeler: Hasar dosyası için istenen belgeler eksiksiz verilince tazminat otuz gün içinde ödenir.",
    "Rücu hakkı: Sigortacı ödediği tazminat oranında sigortalının üçüncü kişilere karşı haklarına sahip olur.",
    "Fesih: Taraflar, genel şartlarda yazılı hâllerde sözleşmeyi on beş gün önceden bildirerek feshedebilir.",
    "Prim iadesi: Fesihte kullanılmayan günlere düşen prim gün esasıyla hesaplanıp iade edilir.",
    "Kişisel veriler: Müşteri verileri 6698 sayılı Kanun uyarınca yalnızca sözleşmenin kurulması ve "
    "yürütülmesi için işlenir.",
    "Uyuşmazlık: Sigorta Tahkim Komisyonuna ya da sigortalının yerleşim yerindeki mahkemeye başvurulabilir.",
    "Tebligat: Poliçede yazılı adrese ya da bildirilen elektronik posta adresine yapılan bildirim geçerlidir.",
    "Zamanaşımı: Sözleşmeden doğan istemler, doğdukları tarihten itibaren iki yılda zamanaşımına uğrar.",
)
_BRANCH = {
    "TRAFIK": (
        "Zorunlu Mali Sorumluluk: Aracın işletilmesi sırasında üçüncü kişilere verilen zararlar, poliçedeki "
        "limitlerle karşılanır.",
        "Maddi zararlar araç başına, bedeni zararlar kişi başına limitle teminat altındadır.",
        "Tedavi giderleri Sosyal Güvenlik Kurumunca karşılanır; sürekli sakatlık ve destekten yoksun kalma "
        "tazminatı poliçeden ödenir.",
        "Alkollü ya da ehliyetsiz sürüşte ödenen tazminat için sigortacının sigortalıya rücu hakkı saklıdır.",
    ),
    "KASKO": (
        "Kasko: Aracın çarpma, çarpışma, devrilme, yanma ve çalınma sonucu uğradığı zararlar karşılanır.",
        "Muafiyet: Poliçede yazılı muafiyet tutarı her hasarda tazminattan düşülür.",
        "Anlaşmalı servis: Onarım anlaşmalı serviste yapılırsa parça bedeli poliçedeki esaslara göre ödenir.",
        "Ek teminatlar: İkame araç, mini onarım ve hukuksal koruma poliçede seçildiği ölçüde geçerlidir.",
        "Deprem, sel ve terör zararları ek teminat olarak alınmışsa karşılanır.",
    ),
}


def condition_lines(branch: str) -> list[str]:
    """The conditions block: a heading, then each clause wrapped to the page and followed by a blank line."""
    clauses = (*_BRANCH.get(branch.upper(), ()), *_COMMON)
    lines = ["", "GENEL ŞARTLAR VE ÖZEL ŞARTLAR (ÖZET)", ""]
    for number, clause in enumerate(clauses, start=1):
        lines += _wrap(f"{number}. {clause}", 88)
        lines.append("")
    lines.append("Bu belge eğitim ortamında üretilmiştir; bir sigorta sözleşmesi değildir.")
    return lines


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = "   " + word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines
