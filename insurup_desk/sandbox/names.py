"""Pools of realistic Turkish names, companies, cities and districts used by the seed and lookups."""

from __future__ import annotations

MALE_NAMES = (
    "Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "Hasan", "İbrahim", "İsmail", "Osman", "Yusuf",
    "Murat", "Ömer", "Ramazan", "Halil", "Süleyman", "Abdullah", "Mahmut", "Emre", "Burak", "Kemal",
    "Serkan", "Oğuz", "Tolga", "Barış", "Cem", "Eren", "Kaan", "Onur", "Selim", "Volkan",
)
FEMALE_NAMES = (
    "Fatma", "Ayşe", "Emine", "Hatice", "Zeynep", "Elif", "Meryem", "Şerife", "Zehra", "Sultan",
    "Hanife", "Merve", "Özlem", "Gül", "Esra", "Büşra", "Derya", "Ebru", "Selin", "Deniz",
    "Gizem", "Tuğba", "Sevgi", "Nur", "Melek", "Yasemin", "Pınar", "Cansu", "Dilek", "Aslı",
)
SURNAMES = (
    "Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın", "Özdemir",
    "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek",
    "Polat", "Korkmaz", "Erdoğan", "Güneş", "Aksoy", "Tekin", "Bulut", "Avcı", "Güler", "Uçar",
)
COMPANY_STEMS = (
    "Anadolu", "Ege", "Marmara", "Karadeniz", "Toros", "Yıldız", "Güven", "Başkent", "Doruk", "Atlas",
    "Kuzey", "Deniz", "Meltem", "Zirve", "Umut",
)
COMPANY_TRADES = (
    "Lojistik", "Gıda", "İnşaat", "Tekstil", "Otomotiv", "Turizm", "Enerji", "Makine", "Tarım", "Yapı",
)
COMPANY_FORMS = ("A.Ş.", "Ltd. Şti.", "Tic. A.Ş.", "San. ve Tic. Ltd. Şti.")

# (plate code, city, ((district reference, district), ...))
CITIES: tuple[tuple[int, str, tuple[tuple[str, str], ...]], ...] = (
    (34, "İstanbul", (("1823", "Kadıköy"), ("1103", "Beşiktaş"), ("1604", "Üsküdar"), ("2003", "Bakırköy"),
                      ("1886", "Şişli"), ("1421", "Ataşehir"), ("2012", "Pendik"))),
    (6, "Ankara", (("1231", "Çankaya"), ("1302", "Keçiören"), ("1385", "Yenimahalle"), ("1922", "Etimesgut"))),
    (35, "İzmir", (("1205", "Karşıyaka"), ("1780", "Bornova"), ("1203", "Konak"), ("2006", "Buca"))),
    (16, "Bursa", (("1832", "Nilüfer"), ("1859", "Osmangazi"), ("1935", "Yıldırım"))),
    (7, "Antalya", (("2036", "Muratpaşa"), ("2038", "Konyaaltı"), ("2039", "Kepez"))),
    (1, "Adana", (("1757", "Seyhan"), ("2032", "Çukurova"))),
    (42, "Konya", (("1839", "Selçuklu"), ("1814", "Meram"))),
    (27, "Gaziantep", (("1844", "Şahinbey"), ("1845", "Şehitkamil"))),
    (41, "Kocaeli", (("2058", "İzmit"), ("1338", "Gebze"))),
    (55, "Samsun", (("2064", "Atakum"), ("2066", "İlkadım"))),
    (61, "Trabzon", (("2075", "Ortahisar"), ("1085", "Akçaabat"))),
    (26, "Eskişehir", (("1919", "Odunpazarı"), ("1916", "Tepebaşı"))),
    (38, "Kayseri", (("1871", "Melikgazi"), ("1872", "Kocasinan"))),
    (33, "Mersin", (("2049", "Yenişehir"), ("2048", "Mezitli"))),
)
CITY_NAMES: dict[int, str] = {code: name for code, name, _ in CITIES}

PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVYZ"


def email_slug(text: str) -> str:
    table = str.maketrans("çğıöşüÇĞİÖŞÜ", "cgiosuCGIOSU")
    return "".join(ch for ch in text.translate(table).lower() if ch.isalnum() or ch == ".")
