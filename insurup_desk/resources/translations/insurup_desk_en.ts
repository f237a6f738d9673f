<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="tr_TR">
<context>
    <name></name>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="35"/>
        <source>İlk düzenleme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="35"/>
        <source>İptal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="35"/>
        <source>Zeyil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="20"/>
        <source>Bu alan zorunlu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="21"/>
        <source>TC kimlik numarası geçersiz (11 hane, kontrol basamakları tutmuyor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="22"/>
        <source>Vergi kimlik numarası geçersiz (10 hane, kontrol basamağı tutmuyor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="23"/>
        <source>Yabancı kimlik/pasaport numarası 5–20 harf veya rakam olmalı.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="24"/>
        <source>Tarih GG.AA.YYYY biçiminde ve gerçek bir tarih olmalı.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="25"/>
        <source>Doğum tarihi gelecekte olamaz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="26"/>
        <source>Cep telefonu +90 5xx xxx xx xx biçiminde olmalı.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="27"/>
        <source>E-posta adresi geçersiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="28"/>
        <source>Plaka geçersiz (örnek: 34 ABC 123).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="29"/>
        <source>Ruhsat seri no 2 harf ve 6 rakam olmalı (örnek: AB 123456).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/common.py" line="30"/>
        <source>Model yılı geçersiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="36"/>
        <source>Peşin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="39"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="56"/>
        <source>Kasko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="56"/>
        <source>Trafik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="86"/>
        <source>Teklif karşılaştırması</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="18"/>
        <source>İMM limiti (ayrımsız)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="19"/>
        <source>Ferdi kaza – vefat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="20"/>
        <source>Ferdi kaza – sakatlık</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="21"/>
        <source>Ferdi kaza – tedavi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="22"/>
        <source>Hırsızlık</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="23"/>
        <source>Yanma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="24"/>
        <source>Çarpışma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="25"/>
        <source>Doğal afetler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="26"/>
        <source>Yol yardım</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="27"/>
        <source>Onarım servisi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="28"/>
        <source>Yedek parça</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="29"/>
        <source>İkame araç</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="30"/>
        <source>Anahtar kaybı</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="31"/>
        <source>Manevi tazminat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="32"/>
        <source>Cam kırılma muafiyeti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="33"/>
        <source>Muafiyet oranı</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="34"/>
        <source>Araç başına maddi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="35"/>
        <source>Kaza başına maddi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="36"/>
        <source>Kişi başı tedavi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="37"/>
        <source>Kaza başına tedavi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="38"/>
        <source>Kişi başı sakatlık ve ölüm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="39"/>
        <source>Kişi başı sakatlık ve vefat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="40"/>
        <source>Kaza başına sakatlık ve vefat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="41"/>
        <source>Kaza başına sakatlık ve ölüm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="42"/>
        <source>Hukuksal koruma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="43"/>
        <source>Asistans hizmeti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="60"/>
        <source>Dahil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="62"/>
        <source>Dahil değil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="64"/>
        <source>Limitsiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="66"/>
        <source>Rayiç değer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/coverage_text.py" line="68"/>
        <source>En yüksek limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="25"/>
        <source>Hakkında</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="38"/>
        <source>Acente gişesi için trafik ve kasko satış uygulaması.</source>
        <translation>Motor insurance (traffic and kasko) sales at the agency counter.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="47"/>
        <source>Sürüm:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="48"/>
        <source>Veri klasörü:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="49"/>
        <source>Günlük dosyası:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="50"/>
        <source>Ayar dosyası:</source>
        <translation>Settings file:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="51"/>
        <source>Sunucu:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="53"/>
        <source>Ortam:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="59"/>
        <source>Günlük &amp;klasörünü aç</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="62"/>
        <source>&amp;Kapat</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="20"/>
        <source>EĞİTİM MODU</source>
        <translation>TRAINING MODE</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="35"/>
        <source>● Çevrimdışı</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="37"/>
        <source>● Yavaş bağlantı</source>
        <translation>● Slow connection</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="38"/>
        <source>● Çevrimiçi</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="43"/>
        <source>Sunucu bağlantısının durumu</source>
        <translation>State of the connection to the server</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="49"/>
        <source>Kullanıcı: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="50"/>
        <source>Şube: %1</source>
        <translation>Branch: %1</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="50"/>
        <source>Şube: seçilmedi</source>
        <translation>Branch: not chosen</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source>Bağlantı kesildi. Kayıtlı veriler gösteriliyor; bağlantı gelince yenilenecek.</source>
        <translation>Connection lost. Showing saved data; it will be refreshed when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py"/>
        <source>Bağlantı geri geldi. Listeler güncel verilerle yenileniyor.</source>
        <translation>Connection restored. Lists are being refreshed with live data.</translation>
    </message>
</context>
<context>
    <name>BranchPicker</name>
    <message>
        <location filename="../../ui/tables/filter_bar.py" line="176"/>
        <source>Tüm şubeler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <location filename="../../ui/wizard/card_form.py" line="26"/>
        <source>Kartın üzerindeki ad soyad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_form.py" line="28"/>
        <source>AA/YY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_form.py" line="41"/>
        <source>Kart numarası</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_form.py" line="42"/>
        <source>Kart sahibi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_form.py" line="43"/>
        <source>Son kullanma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_form.py" line="44"/>
        <source>CVC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_form.py" line="52"/>
        <source>Kart numarası geçersiz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_form.py" line="54"/>
        <source>Kart sahibinin adını yazın.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_form.py" line="57"/>
        <source>Son kullanma AA/YY biçiminde olmalı.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_form.py" line="59"/>
        <source>Kartın son kullanma tarihi geçmiş.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_form.py" line="61"/>
        <source>CVC 3 veya 4 rakam olmalı.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cells</name>
    <message>
        <location filename="../../ui/tables/formatting.py" line="62"/>
        <source>bugün</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/formatting.py" line="64"/>
        <source>{n} gün geçti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/formatting.py" line="65"/>
        <source>{n} gün</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <location filename="../../ui/tables/filter_bar.py" line="76"/>
        <location filename="../../ui/tables/filter_bar.py" line="109"/>
        <source>Tümü</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/filter_bar.py" line="113"/>
        <source>{count} seçili</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../ui/tables/column_chooser.py" line="81"/>
        <source>Sütunlar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/column_chooser.py" line="89"/>
        <source>Varsayılan sütunlar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="109"/>
        <source>Teminat karşılaştırması</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="109"/>
        <source>Teminatlar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="113"/>
        <source>Peşin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="113"/>
        <source>%1 taksit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="116"/>
        <source>Brüt prim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="118"/>
        <source>Ödeme seçenekleri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="131"/>
        <source>Kapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="133"/>
        <source>PDF olarak &amp;kaydet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="134"/>
        <source>&amp;Yazdır</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="145"/>
        <source>Karşılaştırmayı kaydet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/comparison.py" line="146"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="64"/>
        <source>Bir müşteri seçin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="71"/>
        <source>Bu müşteriye yeni satış</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="73"/>
        <source>Satış sihirbazını araç adımında, bu müşteriyle açar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="78"/>
        <source>Müşteri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="80"/>
        <source>Tür</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="81"/>
        <source>TCKN / VKN / Pasaport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="82"/>
        <source>Doğum tarihi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="83"/>
        <source>Cep telefonu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="84"/>
        <source>E-posta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="85"/>
        <source>İl / ilçe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="99"/>
        <source>Araçlar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="100"/>
        <source>Teklifler</source>
        <translation type="unfinished">Proposals</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="101"/>
        <source>Poliçeler</source>
        <translation type="unfinished">Policies</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="103"/>
        <source>Teklifler ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="106"/>
        <source>Poliçeler ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="125"/>
        <source>Müşteri yükleniyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="140"/>
        <source>Müşteri bilgileri alınıyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="159"/>
        <source>Plakasız</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="168"/>
        <source>Araçlar ({n})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFormWidget</name>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="36"/>
        <source>&amp;Bireysel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="37"/>
        <source>&amp;Kurumsal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="38"/>
        <source>Y&amp;abancı</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="49"/>
        <source>GG.AA.YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="55"/>
        <source>+90 5xx xxx xx xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="58"/>
        <source>— il seçin —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="70"/>
        <location filename="../../ui/wizard/customer_form_widget.py" line="188"/>
        <source>TC kimlik no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="71"/>
        <source>Vergi kimlik no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="72"/>
        <source>Ad soyad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="73"/>
        <source>Unvan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="74"/>
        <source>Doğum tarihi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="75"/>
        <source>Cep telefonu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="76"/>
        <source>E-posta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="77"/>
        <source>İl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="78"/>
        <source>İlçe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="83"/>
        <source>Kimlikten &amp;doldur (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="84"/>
        <source>Vazgeç (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="85"/>
        <source>Kaydet ve de&amp;vam et</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_form_widget.py" line="187"/>
        <source>Yabancı kimlik / pasaport no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../ui/wizard/customer_page.py" line="43"/>
        <source>TC kimlik no, vergi no, ad soyad veya cep telefonu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_page.py" line="50"/>
        <source>&amp;Yeni müşteri (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_page.py" line="51"/>
        <source>&amp;Seç ve devam et</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_page.py" line="77"/>
        <source>Yazmaya başlayın; ↑/↓ ile seçip Enter&apos;a basın. Kayıt yoksa Ctrl+N ile yeni müşteri açın.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_page.py" line="88"/>
        <source>Müşteri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_page.py" line="139"/>
        <source>En az 2 harf veya kimlik/telefon numarası yazın.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_page.py" line="141"/>
        <source>Aranıyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizard/customer_page.py" line="156"/>
        <source>%n müşteri bulundu.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_page.py" line="158"/>
        <source>Kayıt bulunamadı. Yeni müşteri için Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_page.py" line="183"/>
        <source>Kimlik bilgileri sorgulanıyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_page.py" line="193"/>
        <source>Bu kimlik numarasıyla kayıtlı müşteri bulundu; mevcut kayıt açıldı.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/customer_page.py" line="199"/>
        <source>Müşteri kaydediliyor…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="57"/>
        <source>Müşteriler</source>
        <translation type="unfinished">Customers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="58"/>
        <source>Müşteri ara: ad, TCKN/VKN, telefon veya e-posta (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="68"/>
        <source>Tür</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="88"/>
        <source>{count} müşteri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="91"/>
        <source>Eşleşen müşteri yok. Yeni müşteriyi “Yeni satış” sayfasında kaydedebilirsiniz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="94"/>
        <source>musteriler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../ui/tables/filter_bar.py" line="128"/>
        <source>başlangıç</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/filter_bar.py" line="129"/>
        <source>bitiş</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/filter_bar.py" line="139"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="48"/>
        <source>musteri@ornek.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="49"/>
        <source>Poliçeyi &amp;aç (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="50"/>
        <source>PDF &amp;kaydet (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="51"/>
        <source>E-posta ile &amp;gönder (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="52"/>
        <source>Özeti &amp;yazdır (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="53"/>
        <source>&amp;Yeni satış (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="65"/>
        <source>E-posta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="74"/>
        <source>Poliçe düzenlendi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="85"/>
        <location filename="../../ui/wizard/done_page.py" line="100"/>
        <source>Poliçe no: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="86"/>
        <location filename="../../ui/wizard/done_page.py" line="89"/>
        <source>Poliçe bilgileri yükleniyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="105"/>
        <source>Sigorta şirketi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="106"/>
        <source>Müşteri: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="107"/>
        <source>Araç: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="108"/>
        <source>Başlangıç: %1 · Bitiş: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="110"/>
        <source>Brüt prim: %1 (%2 taksit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="127"/>
        <source>Poliçe kaydedildi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="134"/>
        <source>Poliçe indiriliyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="137"/>
        <source>Poliçeyi kaydet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="139"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="148"/>
        <source>Geçerli bir e-posta adresi yazın.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="152"/>
        <source>Poliçe %1 adresine gönderildi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/done_page.py" line="153"/>
        <source>E-posta gönderiliyor…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../ui/background.py" line="56"/>
        <source>Kapat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="72"/>
        <source>Hata: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="75"/>
        <source>İzleme kodu: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../ui/tables/export_dialog.py" line="74"/>
        <source>Dışa aktarılıyor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/export_dialog.py" line="75"/>
        <source>Vazgeç</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/export_dialog.py" line="81"/>
        <source>Satırlar alınıyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/export_dialog.py" line="100"/>
        <source>{done} / {total} satır yazıldı</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/export_dialog.py" line="104"/>
        <source>{done} satır yazıldı</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/tables/list_page.py" line="97"/>
        <source>Yenile (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/list_page.py" line="99"/>
        <source>Dışa aktar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/list_page.py" line="101"/>
        <source>Excel (.xlsx)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/list_page.py" line="102"/>
        <source>CSV (;) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/list_page.py" line="182"/>
        <source>{count} kayıt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/list_page.py" line="185"/>
        <source>Bu filtrelerle eşleşen kayıt yok. Aramayı veya filtreleri değiştirin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/list_page.py" line="259"/>
        <source>“{title}” sütununa göre sıralanamıyor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/list_page.py" line="295"/>
        <source>Yükleniyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/list_page.py" line="307"/>
        <source>Liste yüklenemedi: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/list_page.py" line="308"/>
        <source>Liste eksik olabilir; F5 ile yeniden deneyin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/list_page.py" line="333"/>
        <source>Dışa aktarma iptal edildi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/list_page.py" line="341"/>
        <source>Dışa aktarma başarısız: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/list_page.py" line="342"/>
        <source>Dosya oluşturulmadı.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/list_page.py" line="346"/>
        <source>{count} satır kaydedildi: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="70"/>
        <source>InsurUp Desk — Giriş</source>
        <translation>InsurUp Desk — Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="149"/>
        <source>— Demo hesabı seçin —</source>
        <translation>— Choose a demo account —</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="157"/>
        <source>Demo hesa&amp;bı</source>
        <translation>Demo &amp;account</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="161"/>
        <source>ornek@acente.com.tr</source>
        <translation>name@agency.com.tr</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="165"/>
        <source>Beni &amp;hatırla</source>
        <translation>Remember &amp;me</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="167"/>
        <source>Şifreniz bu bilgisayarın güvenli anahtar deposunda saklanır. Ortak bilgisayarda seçmeyin.</source>
        <translation>Your password is kept in this computer&apos;s secure credential store. Do not tick this on a shared computer.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="169"/>
        <source>&amp;E-posta</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="170"/>
        <source>Ş&amp;ifre</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="183"/>
        <source>&amp;Doğrulama kodu</source>
        <translation>Verification &amp;code</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="204"/>
        <source>Oturumun süresi doldu</source>
        <translation>Your session has expired</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="206"/>
        <source>Ekrandaki çalışmanız korunuyor. Devam etmek için şifrenizi yeniden girin.</source>
        <translation>Your work on screen is kept. Enter your password again to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="208"/>
        <source>Oturumu &amp;kapat</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="210"/>
        <source>Giriş yap</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="211"/>
        <source>InsurUp acente kullanıcı bilgilerinizle giriş yapın.</source>
        <translation>Sign in with your InsurUp agency user account.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="212"/>
        <location filename="../../ui/login_dialog.py" line="219"/>
        <source>&amp;Vazgeç</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="213"/>
        <source>&amp;Giriş yap</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="216"/>
        <source>İki adımlı doğrulama</source>
        <translation>Two-step verification</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="217"/>
        <source>Telefonunuza gönderilen doğrulama kodunu girin.</source>
        <translation>Enter the verification code sent to your phone.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="218"/>
        <source>&amp;Doğrula</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="258"/>
        <source>Geçerli bir e-posta adresi girin.</source>
        <translation>Enter a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="262"/>
        <source>Şifrenizi girin.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="265"/>
        <source>Giriş yapılıyor…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="271"/>
        <source>Doğrulama kodu yalnızca rakamlardan oluşur.</source>
        <translation>The verification code consists of digits only.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="273"/>
        <source>Kod doğrulanıyor…</source>
        <translation>Checking the code…</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="319"/>
        <source>Giriş iptal edildi.</source>
        <translation>Sign-in cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="334"/>
        <source>Gişe görevlisi — gise@demo.acente</source>
        <translation>Counter clerk — gise@demo.acente</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="339"/>
        <source>Şube müdürü — mudur@demo.acente (kod 123456)</source>
        <translation>Branch manager — mudur@demo.acente (code 123456)</translation>
    </message>
</context>
<context>
    <name>LoginMessages</name>
    <message>
        <location filename="../../ui/auth_messages.py" line="31"/>
        <source>Sunucuya ulaşılamıyor. İnternet bağlantınızı kontrol edip yeniden deneyin.</source>
        <translation>The server cannot be reached. Check your internet connection and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/auth_messages.py" line="35"/>
        <source>Sunucu zamanında yanıt vermedi. Biraz sonra yeniden deneyin.</source>
        <translation>The server did not answer in time. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/auth_messages.py" line="39"/>
        <source>Hesabınız kilitlendi. Açtırmak için acente yöneticinize başvurun.</source>
        <translation>Your account is locked. Ask your agency administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../../ui/auth_messages.py" line="43"/>
        <source>Doğrulama kodu hatalı ya da süresi dolmuş.</source>
        <translation>The verification code is wrong or has expired.</translation>
    </message>
    <message>
        <location filename="../../ui/auth_messages.py" line="45"/>
        <source>E-posta adresi veya şifre hatalı.</source>
        <translation>Wrong e-mail address or password.</translation>
    </message>
    <message>
        <location filename="../../ui/auth_messages.py" line="47"/>
        <source>Bu hesapla giriş yapma yetkiniz yok.</source>
        <translation>This account is not allowed to sign in.</translation>
    </message>
    <message>
        <location filename="../../ui/auth_messages.py" line="49"/>
        <source>Çok fazla deneme yapıldı. Lütfen biraz bekleyip yeniden deneyin.</source>
        <translation>Too many attempts. Please wait a little and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/auth_messages.py" line="53"/>
        <source>Sunucuda geçici bir sorun var. Biraz sonra yeniden deneyin.</source>
        <translation>The server has a temporary problem. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/auth_messages.py" line="56"/>
        <source>Giriş yapılamadı.</source>
        <translation>Could not sign in.</translation>
    </message>
    <message>
        <location filename="../../ui/auth_messages.py" line="69"/>
        <source>Destek kodu: %1</source>
        <translation>Support code: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="116"/>
        <source>&amp;Dosya</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117"/>
        <source>Çı&amp;kış</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="123"/>
        <source>&amp;Git</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131"/>
        <source>&amp;Oturum</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Çıkış &amp;yap</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="136"/>
        <source>&amp;Araçlar</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="137"/>
        <source>&amp;Ayarlar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>&amp;Yardım</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>&amp;Hakkında</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>OfferDocuments</name>
    <message>
        <location filename="../../ui/wizard/quotes_documents.py" line="59"/>
        <source>Teminatlar getiriliyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_documents.py" line="65"/>
        <source>Karşılaştırmayı kaydet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_documents.py" line="66"/>
        <location filename="../../ui/wizard/quotes_documents.py" line="104"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_documents.py" line="72"/>
        <source>Karşılaştırma kaydedildi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_documents.py" line="75"/>
        <source>Karşılaştırma hazırlanıyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_documents.py" line="86"/>
        <source>Belge kaydedildi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_documents.py" line="95"/>
        <source>Belge indiriliyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_documents.py" line="103"/>
        <source>Belgeyi kaydet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages_registry.py" line="29"/>
        <source>Yeni satış</source>
        <translation>New sale</translation>
    </message>
    <message>
        <location filename="../../ui/pages_registry.py" line="30"/>
        <source>Poliçeler</source>
        <translation>Policies</translation>
    </message>
    <message>
        <location filename="../../ui/pages_registry.py" line="31"/>
        <source>Teklifler</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../ui/pages_registry.py" line="32"/>
        <source>Müşteriler</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../ui/pages_registry.py" line="33"/>
        <source>Yenilemeler</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <source>Bekleyen işlemler</source>
        <translation>Pending operations</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="46"/>
        <source>&amp;Kredi kartı</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="47"/>
        <source>Açık &amp;hesap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="54"/>
        <source>Ödemeye &amp;geç</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="62"/>
        <source>Ödeme yöntemi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="78"/>
        <source>Düzelt (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="79"/>
        <source>Ödemeyi &amp;onayla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="85"/>
        <source>Onayladığınızda ödeme hemen alınır ve poliçe düzenlenir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="94"/>
        <source>Ödeme alınıyor, lütfen bekleyin…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="104"/>
        <source>Sigorta şirketiyle kontrol ediliyor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="110"/>
        <source>Tekrar &amp;kontrol et</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="124"/>
        <source>Ödeme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="141"/>
        <location filename="../../ui/wizard/payment_page.py" line="143"/>
        <source>Teklif yükleniyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="171"/>
        <source>Seçilen teklif artık geçerli değil; teklifler adımına dönün.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="191"/>
        <source>Peşin, toplam %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="194"/>
        <source>%1 taksit × %2 = toplam %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="196"/>
        <source>%1 · %2
Müşteri: %3 · Araç: %4
Ödeme planı: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="215"/>
        <source> (%1 taksit × %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="218"/>
        <source>%1 tutarındaki ödeme %2 numaralı karttan alınacak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="221"/>
        <source>%1 tutarındaki ödeme acentenin açık hesabına yazılacak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="257"/>
        <source>Ödemenin sonucu alınamadı. Çift ödeme olmaması için poliçe durumu sigorta şirketinden soruluyor; bu sırada tekrar ödeme alınamaz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="270"/>
        <source>Sigorta şirketi ödemenin gerçekleşmediğini bildirdi; yeniden deneyebilirsiniz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="274"/>
        <source>Sigorta şirketi işlemi hâlâ sürdürüyor. Birkaç dakika sonra &apos;Tekrar kontrol et&apos; ile sorun; tekrar ödeme almayın.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/payment_page.py" line="279"/>
        <source>Sonuç hâlâ öğrenilemedi (bağlantı sorunu olabilir). &apos;Tekrar kontrol et&apos; ile yeniden sorun; tekrar ödeme almayın.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ödeme yapmak</source>
        <translation>Taking a payment</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/placeholder_page.py" line="24"/>
        <source>Bu sayfa henüz hazır değil. Uygulamanın sonraki bir sürümünde burada çalışabileceksiniz.</source>
        <translation>This page is not ready yet. A later version of the application will let you work here.</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <location filename="../../ui/pages/policies.py" line="68"/>
        <source>Poliçeler</source>
        <translation type="unfinished">Policies</translation>
    </message>
    <message>
        <location filename="../../ui/pages/policies.py" line="69"/>
        <source>Ara: poliçe no, sigortalı adı, TCKN/VKN veya plaka (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policies.py" line="79"/>
        <source>Branş</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policies.py" line="80"/>
        <source>Durum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policies.py" line="81"/>
        <source>Şirket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policies.py" line="82"/>
        <source>Başlangıç</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policies.py" line="83"/>
        <source>Bitiş</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policies.py" line="122"/>
        <source>{count} poliçe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policies.py" line="125"/>
        <source>Bu arama ve filtrelerle eşleşen poliçe yok. Aramayı temizleyin veya filtreleri gevşetin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policies.py" line="128"/>
        <source>policeler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDetailPane</name>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="60"/>
        <source>Bir poliçe seçin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="73"/>
        <source>Poliçe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="74"/>
        <source>Poliçe no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="75"/>
        <source>Durum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="76"/>
        <source>Branş</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="77"/>
        <source>Sigorta şirketi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="78"/>
        <source>Şirket teklif no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="79"/>
        <source>Başlangıç – bitiş</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="80"/>
        <source>Tanzim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="81"/>
        <source>Prim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="82"/>
        <source>Net prim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="83"/>
        <source>Brüt prim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="84"/>
        <source>Komisyon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="85"/>
        <source>Ödeme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="86"/>
        <source>Taraflar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="87"/>
        <source>Sigortalı</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="88"/>
        <source>Sigorta ettiren</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="89"/>
        <source>Araç</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="90"/>
        <source>Plaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="91"/>
        <source>Marka / model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="92"/>
        <source>Sürümler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="101"/>
        <source>PDF&apos;i aç</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="102"/>
        <source>Poliçe PDF&apos;ini indirip varsayılan görüntüleyicide aç</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="104"/>
        <source>Kaydet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="105"/>
        <source>Poliçe PDF&apos;ini bir dosyaya kaydet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="107"/>
        <source>E-posta…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="108"/>
        <source>Poliçeyi müşteriye e-posta ile gönder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="138"/>
        <source>Poliçe yükleniyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="145"/>
        <source>Poliçe bilgileri alınıyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="156"/>
        <source>Poliçe {number} — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="171"/>
        <source>{payment}, {n} taksit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="185"/>
        <source>Güncel sürüm: v{n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="210"/>
        <source>PDF indirildi ama açılamadı: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="213"/>
        <location filename="../../ui/pages/policy_detail.py" line="227"/>
        <source>PDF indiriliyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="226"/>
        <source>Kaydedildi: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="234"/>
        <source>Poliçeyi e-posta ile gönder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="234"/>
        <source>E-posta adresi:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="244"/>
        <source>Geçerli bir e-posta adresi yazın.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="250"/>
        <source>Poliçe {email} adresine gönderildi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/policy_detail.py" line="254"/>
        <source>Gönderiliyor…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalDetailPane</name>
    <message>
        <location filename="../../ui/pages/proposal_detail.py" line="42"/>
        <source>Bir teklif seçin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposal_detail.py" line="55"/>
        <source>Sigorta şirketi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposal_detail.py" line="55"/>
        <source>Durum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposal_detail.py" line="55"/>
        <source>Brüt prim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposal_detail.py" line="55"/>
        <source>Taksit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposal_detail.py" line="63"/>
        <source>Satışı tamamla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposal_detail.py" line="65"/>
        <source>Bu teklifin fiyatlarını satış ekranında açar; ödeme oradan alınır.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposal_detail.py" line="68"/>
        <source>Aynı araç için yeni teklif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposal_detail.py" line="97"/>
        <source>Teklif yükleniyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposal_detail.py" line="104"/>
        <source>Teklifler alınıyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposal_detail.py" line="114"/>
        <source>{branch} teklifi — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposal_detail.py" line="117"/>
        <source>{state} · {date} · {priced}/{total} şirket fiyat verdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposal_detail.py"/>
        <source>Çevrimdışı: satışı tamamlamak için bağlantı gerekir.</source>
        <translation>Offline: completing the sale needs a connection.</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <location filename="../../ui/pages/proposals.py" line="61"/>
        <source>Teklifler</source>
        <translation type="unfinished">Proposals</translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposals.py" line="62"/>
        <source>Ara: sigortalı adı, TCKN/VKN, plaka veya marka (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposals.py" line="72"/>
        <source>Branş</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposals.py" line="73"/>
        <source>Durum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposals.py" line="74"/>
        <source>Tarih</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposals.py" line="104"/>
        <source>{count} teklif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposals.py" line="107"/>
        <source>Eşleşen teklif yok. Yeni bir teklif için “Yeni satış” sayfasını kullanın.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/proposals.py" line="110"/>
        <source>teklifler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="37"/>
        <source>Sigorta şirketi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="37"/>
        <source>Ürün</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="37"/>
        <source>Durum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="37"/>
        <source>Brüt prim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="38"/>
        <source>Taksit seçenekleri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="38"/>
        <source>İndirim / uyarı</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="133"/>
        <source> (robot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="140"/>
        <source>Peşin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="140"/>
        <source>%1 taksit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="149"/>
        <source>Bekleniyor (%1 sn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="151"/>
        <source>Başarısız: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="151"/>
        <source>fiyat verilemedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="153"/>
        <source>Satın alındı</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="155"/>
        <source>Satın alınıyor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="158"/>
        <source>★ En iyi fiyat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="160"/>
        <source>Fiyat geldi · ödenemez (robot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="162"/>
        <source>Fiyat geldi · bu kanaldan ödenemez</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="163"/>
        <source>Fiyat geldi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="170"/>
        <source>Hasarsızlık indirimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="172"/>
        <source>Meslek indirimi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_model.py" line="174"/>
        <source>⚠ Şirket incelemesi gerekli</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="57"/>
        <source>&amp;Trafik</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="58"/>
        <source>K&amp;asko</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="70"/>
        <source>Teklifleri &amp;al</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="103"/>
        <source>Fiyata göre (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="104"/>
        <source>Şirkete göre (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="109"/>
        <source>Tekrar &amp;dene (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="110"/>
        <source>&amp;Teminatlar / karşılaştır (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="111"/>
        <source>Teklif &amp;belgesi (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="112"/>
        <source>Açar; kaydetmek için Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="113"/>
        <source>Bilgilendirme &amp;formu (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="114"/>
        <source>Açar; kaydetmek için Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="115"/>
        <source>Karşılaştırma &amp;PDF (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="116"/>
        <source>Bu teklifle de&amp;vam et</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="140"/>
        <source>Teminat grubu:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="142"/>
        <source>Başlangıç:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="156"/>
        <source>Ödeme planı:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="164"/>
        <source>Teklifler</source>
        <translation type="unfinished">Proposals</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="180"/>
        <source>Müşteri: %1 · Araç: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="203"/>
        <source>Ödenebilir bir teklif seçin (robot ürünler ve başarısız teklifler bu kanaldan satın alınamaz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="228"/>
        <source>Teklif isteniyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="236"/>
        <source>Sigorta şirketlerine soruluyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="258"/>
        <source>%1/%2 şirket yanıt verdi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="274"/>
        <source>5 dakika içinde yanıt vermeyen şirketler oldu. Satırı seçip F5 ile yeniden sorabilirsiniz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="277"/>
        <source>Hiçbir sigorta şirketi fiyat veremedi. Araç ve müşteri bilgilerini kontrol edin ya da başarısız satırları F5 ile yeniden deneyin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="280"/>
        <source>Ödenebilir fiyat gelmedi; robot ürünler bu kanaldan satın alınamaz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="297"/>
        <source>Branşı ve başlangıç tarihini seçip Enter&apos;a basın.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="326"/>
        <source>Peşin: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="328"/>
        <source>%1 taksit × %2 (toplam %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/quotes_page.py" line="357"/>
        <source>Yeniden soruluyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teklif almak</source>
        <translation>Getting quotes</translation>
    </message>
    <message>
        <source>Teklifler hat gelince kendiliğinden istenecek.</source>
        <translation>Quotes will be requested automatically when the line is back.</translation>
    </message>
</context>
<context>
    <name>RenewalsPage</name>
    <message>
        <location filename="../../ui/pages/renewals.py" line="66"/>
        <source>Yenilemeler</source>
        <translation type="unfinished">Renewals</translation>
    </message>
    <message>
        <location filename="../../ui/pages/renewals.py" line="67"/>
        <source>Ara: sigortalı, TCKN/VKN, plaka (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/renewals.py" line="79"/>
        <source> gün</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/renewals.py" line="82"/>
        <source>Önümüzdeki</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/renewals.py" line="84"/>
        <source>içinde biten yürürlükteki poliçeler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/renewals.py" line="85"/>
        <source>Branş</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/renewals.py" line="92"/>
        <source>Yenileme satışını başlat (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/renewals.py" line="114"/>
        <source>{count} poliçe {days} gün içinde bitiyor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/renewals.py" line="119"/>
        <source>Önümüzdeki {days} günde biten yürürlükte poliçe yok. Gün sayısını artırabilirsiniz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/renewals.py" line="124"/>
        <source>yenilemeler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/renewals.py" line="138"/>
        <source>Önce listeden bir poliçe seçin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaleWizard</name>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="71"/>
        <source>◀ &amp;Geri (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="95"/>
        <location filename="../../ui/wizard/wizard.py" line="119"/>
        <source>Önceki satışın ödeme sonucu henüz belli değil; önce onu tamamlayın.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="195"/>
        <source>Müşteri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="195"/>
        <source>Araç</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="195"/>
        <source>Teklifler</source>
        <translation type="unfinished">Proposals</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="196"/>
        <source>Ödeme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="196"/>
        <source>Poliçe</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <location filename="../../ui/banner.py" line="14"/>
        <source>EĞİTİM / SANDBOX — gerçek satış yapılmaz</source>
        <translation>TRAINING / SANDBOX — no real sales are made</translation>
    </message>
    <message>
        <location filename="../../ui/banner.py" line="18"/>
        <source>[EĞİTİM]</source>
        <translation>[TRAINING]</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="52"/>
        <location filename="../../ui/settings_dialog.py" line="64"/>
        <source>Ayarlar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="79"/>
        <source>Eğitim modunda uygulama yerleşik sandbox sunucusunu kullanır.</source>
        <translation>In training mode the application uses the built-in sandbox server.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="80"/>
        <source>&amp;API adresi</source>
        <translation>&amp;API address</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="84"/>
        <source>(Seçilmedi)</source>
        <translation>(Not chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="93"/>
        <source>Şube kimliği 24 karakterlik bir koddur.</source>
        <translation>A branch id is a 24-character code.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="94"/>
        <source>Acente &amp;şubesi</source>
        <translation>Agency &amp;branch</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="100"/>
        <source>Satış &amp;kanalı</source>
        <translation>Sales &amp;channel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="106"/>
        <source>&amp;Dil</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="110"/>
        <source>Liste &amp;sayfa boyutu</source>
        <translation>List &amp;page size</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="112"/>
        <source>API adresi ve dil değişiklikleri uygulama yeniden açılınca geçerli olur.</source>
        <translation>Changes to the API address and language take effect when the application is reopened.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="119"/>
        <source>&amp;Vazgeç</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="120"/>
        <source>&amp;Kaydet</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="149"/>
        <source>Gişe / elle giriş</source>
        <translation>Counter / manual entry</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="150"/>
        <source>Belirtilmemiş</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="151"/>
        <source>Web sitesi</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="152"/>
        <source>Google reklamları</source>
        <translation>Google Ads</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="153"/>
        <source>Çağrı merkezi</source>
        <translation>Call centre</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="154"/>
        <source>Sosyal medya</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="155"/>
        <source>Mobil uygulama</source>
        <translation>Mobile app</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="156"/>
        <source>Basılı teklif formu</source>
        <translation>Printed proposal form</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="157"/>
        <source>Saha</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="158"/>
        <source>Basılı yayın</source>
        <translation>Print media</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="159"/>
        <source>Fuar / etkinlik</source>
        <translation>Fair / event</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="160"/>
        <source>İş ortağı</source>
        <translation>Business partner</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="161"/>
        <source>Sohbet robotu</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="167"/>
        <source>API adresi boş olamaz.</source>
        <translation>The API address cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="168"/>
        <source>Geçerli bir adres girin, örneğin https://api.insurup.com/api/</source>
        <translation>Enter a valid address, for example https://api.insurup.com/api/</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="170"/>
        <source>Şifresiz http:// yalnızca bu bilgisayardaki bir sunucu için kullanılabilir; https:// kullanın.</source>
        <translation>Unencrypted http:// is only allowed for a server on this computer; use https://.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="172"/>
        <source>Şube kimliği 24 karakterlik bir kod olmalı (0-9, a-f).</source>
        <translation>A branch id must be a 24-character code (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="173"/>
        <source>Bu şube hesabınıza tanımlı değil; listeden seçin.</source>
        <translation>This branch is not assigned to your account; choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="174"/>
        <source>Listeden bir satış kanalı seçin.</source>
        <translation>Choose a sales channel from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="175"/>
        <source>Listeden bir dil seçin.</source>
        <translation>Choose a language from the list.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="176"/>
        <source>Sayfa boyutu %1 ile %2 arasında bir tam sayı olmalı.</source>
        <translation>The page size must be a whole number between %1 and %2.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/shell.py" line="166"/>
        <source>Güvenli anahtar deposu kullanılamıyor: oturum uygulama yeniden açılınca hatırlanmayacak.</source>
        <translation>The secure credential store is not available: the session will not be remembered when the application is reopened.</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="220"/>
        <source>Çıkış yap</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="221"/>
        <source>Oturumu kapatmak istiyor musunuz? Kayıtlı giriş bilgileri bu bilgisayardan silinir.</source>
        <translation>Do you want to sign out? The saved sign-in details are removed from this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="222"/>
        <source>Çıkış &amp;yap</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../ui/shell.py" line="223"/>
        <source>&amp;Vazgeç</source>
        <translation>Ca&amp;ncel</translation>
    </message>
</context>
<context>
    <name>VehicleFormWidget</name>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="101"/>
        <source>34 ABC 123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="104"/>
        <source>AB 123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="114"/>
        <source>— bilinmiyor —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="126"/>
        <source>Plaka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="127"/>
        <source>Ruhsat seri no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="128"/>
        <source>Marka</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="129"/>
        <source>Model yılı</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="130"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="131"/>
        <source>Kullanım tarzı</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="132"/>
        <source>Yakıt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="134"/>
        <source>Plakadan &amp;sorgula (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="135"/>
        <source>Vazgeç (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="136"/>
        <source>Kaydet ve de&amp;vam et</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="209"/>
        <source>Önceki trafik poliçesi bitişi: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_form_widget.py" line="212"/>
        <source>Önceki kasko poliçesi bitişi: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehiclePage</name>
    <message>
        <location filename="../../ui/wizard/vehicle_page.py" line="40"/>
        <source>Bu müşterinin kayıtlı aracı yok. Ctrl+N ile yeni araç ekleyin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_page.py" line="43"/>
        <source>&amp;Yeni araç (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_page.py" line="44"/>
        <source>&amp;Seç ve devam et</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_page.py" line="62"/>
        <source>↑/↓ ile aracı seçip Enter&apos;a basın.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_page.py" line="72"/>
        <source>Araç</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_page.py" line="82"/>
        <source>Müşteri: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_page.py" line="119"/>
        <source>Araçlar yükleniyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_page.py" line="151"/>
        <source>Araç bilgileri sorgulanıyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/wizard/vehicle_page.py" line="170"/>
        <source>Araç kaydediliyor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (taslak, gönderilmeyi bekliyor)</source>
        <translation>%1 (draft, waiting to be sent)</translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../ui/background.py" line="165"/>
        <source>Lütfen bekleyin…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/background.py" line="110"/>
        <source>İşlem tamamlanamadı</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/background.py" line="114"/>
        <source>İzleme kodu: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="40"/>
        <source>PDF&apos;i kaydet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="40"/>
        <source>PDF belgesi (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/export_dialog.py" line="42"/>
        <source>Excel çalışma kitabı (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/export_dialog.py" line="44"/>
        <source>CSV, noktalı virgülle ayrılmış (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tables/export_dialog.py" line="45"/>
        <source>Listeyi dışa aktar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <source>Bekleyen işlemler</source>
        <translation>Pending operations</translation>
    </message>
    <message>
        <source>Tür</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kayıt</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sunucu mesajı</source>
        <translation>Server message</translation>
    </message>
    <message>
        <source>Girildiği zaman</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <source>Şimdi &amp;gönder (F5)</source>
        <translation>&amp;Send now (F5)</translation>
    </message>
    <message>
        <source>&amp;Yeniden dene</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>&amp;Sil (Del)</source>
        <translation>&amp;Delete (Del)</translation>
    </message>
    <message>
        <source>Müşteri</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Araç</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>✖ Gönderilemedi</source>
        <translation>✖ Not sent</translation>
    </message>
    <message>
        <source>⏳ Gönderilmeyi bekliyor</source>
        <translation>⏳ Waiting to be sent</translation>
    </message>
    <message>
        <source>Hat gelince kendiliğinden gönderilecek.</source>
        <translation>Will be sent automatically when the line is back.</translation>
    </message>
    <message>
        <source>Bekleyen işlem yok. Bağlantı yokken girilen müşteri ve araçlar burada görünür ve hat gelince kendiliğinden gönderilir.</source>
        <translation>Nothing is pending. Customers and vehicles entered while offline appear here and are sent automatically when the line is back.</translation>
    </message>
    <message>
        <source>%1 kayıt hat gelince gönderilecek.</source>
        <translation>%1 record(s) will be sent when the line is back.</translation>
    </message>
    <message>
        <source>%1 kayıt gönderilemedi: satırı seçip yeniden deneyin ya da silin.</source>
        <translation>%1 record(s) could not be sent: select the row and retry or delete it.</translation>
    </message>
    <message>
        <source>Bekleyen kayıtlar gönderiliyor…</source>
        <translation>Sending pending records…</translation>
    </message>
    <message>
        <source>Yeniden gönderiliyor…</source>
        <translation>Sending again…</translation>
    </message>
    <message>
        <source>Bağlantı yok; kayıtlar hat gelince gönderilecek.</source>
        <translation>No connection; the records will be sent when the line is back.</translation>
    </message>
    <message>
        <source>Kaydı sil</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <source>&apos;%1&apos; kaydı sunucuya gönderilmeden silinsin mi? Bu işlem geri alınamaz.</source>
        <translation>Delete &apos;%1&apos; without sending it to the server? This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Sil</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Vazgeç</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>ResumePrompt</name>
    <message>
        <source>Yarım kalan satış</source>
        <translation>Unfinished sale</translation>
    </message>
    <message>
        <source>Yarım kalan satışa devam edilsin mi?</source>
        <translation>Continue the unfinished sale?</translation>
    </message>
    <message>
        <source>&amp;Devam et</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Vazgeç ve sil</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>Müşteri</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Araç</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Teklifler</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Ödeme</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Adım: %1</source>
        <translation>Step: %1</translation>
    </message>
    <message>
        <source>Müşteri: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <source>Araç: %1</source>
        <translation>Vehicle: %1</translation>
    </message>
    <message>
        <source>Son kayıt: %1</source>
        <translation>Last saved: %1</translation>
    </message>
    <message>
        <source>Kart bilgileri güvenlik gereği saklanmaz; ödeme adımında yeniden girilir.</source>
        <translation>Card details are never stored; they are entered again at the payment step.</translation>
    </message>
    <message>
        <source>&amp;Sonra</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <source>Bağlantı yok — kayıt taslak olarak saklandı, hat gelince gönderilecek.</source>
        <translation>No connection — the record was kept as a draft and will be sent when the line is back.</translation>
    </message>
    <message>
        <source>%1 için bağlantı gerekiyor. Girdikleriniz saklı; hat gelince bu adımdan devam edebilirsiniz.</source>
        <translation>%1 needs a connection. What you typed is kept; you can continue from this step when the line is back.</translation>
    </message>
</context>
<context>
    <name>OfflineMarker</name>
    <message>
        <location filename="../../ui/tables/offline_marker.py"/>
        <source>çevrimdışı — %1 verisi</source>
        <translation>offline — data from %1</translation>
    </message>
    <message>
        <location filename="../../ui/tables/offline_marker.py"/>
        <source>Sunucuya ulaşılamıyor; bu bilgisayarda kayıtlı veriler gösteriliyor. Bağlantı gelince liste kendiliğinden yenilenir.</source>
        <translation>The server cannot be reached; data saved on this computer is shown. The list refreshes by itself when the connection is back.</translation>
    </message>
</context>
</TS>
