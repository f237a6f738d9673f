<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="tr_TR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="33"/>
        <source>Hakkında</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="46"/>
        <source>Acente gişesi için trafik ve kasko satış uygulaması.</source>
        <translation>Motor insurance (traffic and kasko) sales at the agency counter.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="55"/>
        <source>Sürüm:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="57"/>
        <source>Güncelleme kanalı:</source>
        <translation>Update channel:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="60"/>
        <source>Güncelleme:</source>
        <translation>Updates:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="64"/>
        <source>Veri klasörü:</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="65"/>
        <source>Günlük dosyası:</source>
        <translation>Log file:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="66"/>
        <source>Ayar dosyası:</source>
        <translation>Settings file:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="67"/>
        <source>Sunucu:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="69"/>
        <source>Ortam:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="75"/>
        <source>Günlük klasörünü &amp;aç</source>
        <translation>Open &amp;log folder</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="78"/>
        <source>&amp;Kapat</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="88"/>
        <source>kararlı</source>
        <translation>stable</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="88"/>
        <source>deneme (beta)</source>
        <translation>trial (beta)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="94"/>
        <source>kapalı (ayarlarda güncelleme adresi yok ya da bu kurulum güncellenemez)</source>
        <translation>off (no update address in the settings, or this installation cannot be updated)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="95"/>
        <source>henüz denetlenmedi</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="96"/>
        <source>denetleniyor…</source>
        <translation>checking…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="97"/>
        <source>güncel</source>
        <translation>up to date</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="98"/>
        <source>%1 indirildi; yeniden başlatınca kurulur</source>
        <translation>%1 downloaded; installed at the next restart</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="99"/>
        <source>son denetim başarısız; kurulu sürüm çalışmaya devam ediyor</source>
        <translation>the last check failed; the installed version keeps running</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/about_dialog.py" line="103"/>
        <source>%1 indiriliyor: %%2</source>
        <translation>downloading %1: %2%</translation>
    </message>
</context>
<context>
    <name>AddressWalk</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="70"/>
        <source>İl</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="70"/>
        <source>İlçe</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="70"/>
        <source>Bucak / köy</source>
        <translation>Town / village</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="70"/>
        <source>Mahalle</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="71"/>
        <source>Cadde / sokak</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="71"/>
        <source>Bina no</source>
        <translation>Building no.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="71"/>
        <source>Daire</source>
        <translation>Flat</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="104"/>
        <source>Bu seçim için %1 kaydı bulunamadı.</source>
        <translation>No %1 found for this choice.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="109"/>
        <source>il</source>
        <translation>city</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="109"/>
        <source>ilçe</source>
        <translation>district</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="109"/>
        <source>bucak/köy</source>
        <translation>town/village</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="109"/>
        <source>mahalle</source>
        <translation>neighbourhood</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="109"/>
        <source>sokak</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="110"/>
        <source>bina</source>
        <translation>building</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/address_walk.py" line="110"/>
        <source>daire</source>
        <translation>flat</translation>
    </message>
</context>
<context>
    <name>AppStatusBar</name>
    <message>
        <location filename="../../insurup_desk/ui/status_bar.py" line="28"/>
        <source>⚠ Kayıtlar kalıcı değil</source>
        <translation>⚠ Data not kept</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/status_bar.py" line="25"/>
        <source>EĞİTİM MODU</source>
        <translation>TRAINING MODE</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/status_bar.py" line="46"/>
        <source>● Çevrimdışı</source>
        <translation>● Offline</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/status_bar.py" line="48"/>
        <source>● Yavaş bağlantı</source>
        <translation>● Slow connection</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/status_bar.py" line="49"/>
        <source>● Çevrimiçi</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/status_bar.py" line="74"/>
        <source>Sunucu bağlantısının durumu</source>
        <translation>State of the connection to the server</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/status_bar.py" line="80"/>
        <source>Kullanıcı: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/status_bar.py" line="81"/>
        <source>Şube: %1</source>
        <translation>Branch: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/status_bar.py" line="81"/>
        <source>Şube: seçilmedi</source>
        <translation>Branch: not chosen</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/status_bar.py" line="58"/>
        <source>Bağlantı kesildi. Kayıtlı veriler gösteriliyor; bağlantı gelince yenilenecek.</source>
        <translation>Connection lost. Showing saved data; it will be refreshed when the connection is back.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/status_bar.py" line="60"/>
        <source>Bağlantı geri geldi. Listeler güncel verilerle yenileniyor.</source>
        <translation>Connection restored. Lists are being refreshed with live data.</translation>
    </message>
</context>
<context>
    <name>AssetPage</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/asset_page.py" line="64"/>
        <source>Sigorta &amp;türü:</source>
        <translation>Insurance &amp;type:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/asset_page.py" line="72"/>
        <source>Ne sigortalanacak?</source>
        <translation>What do we insure?</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/asset_page.py" line="114"/>
        <source>Müşteri: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/branch_words.py" line="13"/>
        <source>Trafik</source>
        <translation>Trafik</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/branch_words.py" line="14"/>
        <source>Kasko</source>
        <translation>Kasko</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/branch_words.py" line="15"/>
        <source>İMM (ihtiyari mali mesuliyet)</source>
        <translation>İMM (optional liability)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/branch_words.py" line="16"/>
        <source>DASK (zorunlu deprem)</source>
        <translation>DASK (compulsory earthquake)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/branch_words.py" line="17"/>
        <location filename="../../insurup_desk/ui/wizard/branch_words.py" line="25"/>
        <source>Konut</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/branch_words.py" line="18"/>
        <source>Tamamlayıcı sağlık (TSS)</source>
        <translation>Complementary health (TSS)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/branch_words.py" line="24"/>
        <source>Araç</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/branch_words.py" line="26"/>
        <source>Sigortalı</source>
        <translation>Insured</translation>
    </message>
</context>
<context>
    <name>Background</name>
    <message>
        <location filename="../../insurup_desk/ui/background.py" line="109"/>
        <location filename="../../insurup_desk/ui/background.py" line="238"/>
        <source>İşlem tamamlanamadı</source>
        <translation>The operation could not be completed</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/background.py" line="113"/>
        <source>İzleme kodu: %1</source>
        <translation>Trace code: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/background.py" line="169"/>
        <source>Lütfen bekleyin…</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/background.py" line="227"/>
        <source>Beklenmeyen bir hata oluştu; işlem tamamlanamadı. Ayrıntı günlük dosyasında.</source>
        <translation>An unexpected error occurred; the operation could not be completed. Details are in the log file.</translation>
    </message>
</context>
<context>
    <name>BranchPicker</name>
    <message>
        <location filename="../../insurup_desk/ui/tables/filter_bar.py" line="158"/>
        <source>Tüm şubeler</source>
        <translation>All branches</translation>
    </message>
</context>
<context>
    <name>CampaignTag</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/campaign_tag_field.py" line="16"/>
        <source>Kampanya kodu en az %1 karakter olmalı.</source>
        <translation>The campaign code must be at least %1 characters long.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/campaign_tag_field.py" line="19"/>
        <source>Kampanya kodu en fazla %1 karakter olabilir.</source>
        <translation>The campaign code may be at most %1 characters long.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/campaign_tag_field.py" line="21"/>
        <source>Kampanya kodunda “%1” kullanılamaz; harf, rakam, boşluk ve - _ . / # % + &amp; kullanın.</source>
        <translation>“%1” cannot be used in a campaign code; use letters, digits, spaces and - _ . / # % + &amp;.</translation>
    </message>
</context>
<context>
    <name>CampaignTagField</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/campaign_tag_field.py" line="33"/>
        <source>isteğe bağlı, ör. BAHAR-2026</source>
        <translation>optional, e.g. SPRING-2026</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/campaign_tag_field.py" line="34"/>
        <source>Satışın kampanya kodu ya da serbest etiketi; poliçeyle birlikte kaydedilir ve poliçe listesinde görünür.</source>
        <translation>The sale&apos;s campaign code or free tag; it is saved with the policy and shown in the policies list.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/campaign_tag_field.py" line="39"/>
        <source>Kampanya kodu / e&amp;tiket</source>
        <translation>Campaign code / &amp;tag</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/campaign_tag_field.py" line="40"/>
        <source>İsteğe bağlı. Poliçeyle birlikte kaydedilir; Poliçeler listesinde Kampanya sütununda görünür.</source>
        <translation>Optional. Saved with the policy; shown in the Campaign column of the Policies list.</translation>
    </message>
</context>
<context>
    <name>CardForm</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/card_form.py" line="36"/>
        <source>Kartın üzerindeki ad soyad</source>
        <translation>Name as shown on the card</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/card_form.py" line="38"/>
        <source>AA/YY</source>
        <translation>MM/YY</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/card_form.py" line="53"/>
        <source>Kart numarası</source>
        <translation>Card number</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/card_form.py" line="54"/>
        <source>Kart sahibi</source>
        <translation>Cardholder</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/card_form.py" line="55"/>
        <source>Son kullanma</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/card_form.py" line="56"/>
        <source>CVC</source>
        <translation>CVC</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/card_form.py" line="64"/>
        <source>Kart numarası geçersiz.</source>
        <translation>Invalid card number.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/card_form.py" line="67"/>
        <source>Kart sahibinin adını yazın.</source>
        <translation>Enter the cardholder&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/card_form.py" line="69"/>
        <source>Kart sahibinin adında rakam olamaz; kartın üzerindeki adı yazın.</source>
        <translation>A card holder&apos;s name has no digits; type the name on the card.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/card_form.py" line="72"/>
        <source>Son kullanma AA/YY biçiminde olmalı.</source>
        <translation>The expiry must be in MM/YY format.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/card_form.py" line="74"/>
        <source>Kartın son kullanma tarihi geçmiş.</source>
        <translation>The card has expired.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/card_form.py" line="76"/>
        <source>CVC 3 veya 4 rakam olmalı.</source>
        <translation>The CVC must be 3 or 4 digits.</translation>
    </message>
</context>
<context>
    <name>Cells</name>
    <message>
        <location filename="../../insurup_desk/ui/tables/formatting.py" line="63"/>
        <source>bugün</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/formatting.py" line="65"/>
        <source>%1 gün geçti</source>
        <translation>%1 d ago</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/formatting.py" line="66"/>
        <source>%1 gün</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/asset_cells.py" line="28"/>
        <source>Adres kodu %1</source>
        <translation>Address code %1</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard_cards.py" line="89"/>
        <location filename="../../insurup_desk/ui/pages/dashboard_cards.py" line="118"/>
        <source>Tablo</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard_cards.py" line="90"/>
        <source>Grafik ile tablo arasında geçiş</source>
        <translation>Switch between chart and table</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard_cards.py" line="93"/>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard_cards.py" line="94"/>
        <source>Grafiği resim olarak kaydet</source>
        <translation>Save the chart as an image</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard_cards.py" line="97"/>
        <source>Excel</source>
        <translation>Excel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard_cards.py" line="98"/>
        <source>Tabloyu Excel dosyası olarak kaydet</source>
        <translation>Save the table as an Excel file</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard_cards.py" line="118"/>
        <source>Grafik</source>
        <translation>Chart</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard_cards.py" line="132"/>
        <source>Dışa aktar</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard_cards.py" line="139"/>
        <source>PNG resmi (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard_cards.py" line="145"/>
        <source>Resim kaydedilemedi: %1</source>
        <translation>The image could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard_cards.py" line="148"/>
        <source>Excel çalışma kitabı (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard_charts.py" line="52"/>
        <source>Bu dönemde gösterilecek veri yok</source>
        <translation>No data to show for this period</translation>
    </message>
</context>
<context>
    <name>ChoiceButton</name>
    <message>
        <location filename="../../insurup_desk/ui/tables/filter_bar.py" line="75"/>
        <location filename="../../insurup_desk/ui/tables/filter_bar.py" line="108"/>
        <source>Tümü</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/filter_bar.py" line="112"/>
        <source>%1 seçili</source>
        <translation>%1 selected</translation>
    </message>
</context>
<context>
    <name>ChoicesDialog</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/revise_dialogs.py" line="86"/>
        <source>Teminatları değiştir: %1</source>
        <translation>Change coverages: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/revise_dialogs.py" line="93"/>
        <source>(değiştirme)</source>
        <translation>(keep)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/revise_dialogs.py" line="99"/>
        <source>Ferdi kaza (vefat / sakatlık / tedavi)</source>
        <translation>Personal accident (death / disability / treatment)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/revise_dialogs.py" line="100"/>
        <source>Bu şirket seçilen teminatlarla yeniden fiyatlanır; yeni fiyat gelene kadar teklif satın alınamaz.</source>
        <translation>This insurer prices again with the chosen coverages; the offer cannot be bought until the new price arrives.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/revise_dialogs.py" line="104"/>
        <source>Yeniden fiyatla</source>
        <translation>Price again</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/revise_dialogs.py" line="106"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../insurup_desk/ui/tables/column_chooser.py" line="81"/>
        <source>Sütunlar</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/column_chooser.py" line="89"/>
        <source>Varsayılan sütunlar</source>
        <translation>Default columns</translation>
    </message>
</context>
<context>
    <name>ComparisonDialog</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="129"/>
        <source>Teminat karşılaştırması</source>
        <translation>Coverage comparison</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="129"/>
        <source>Teminatlar</source>
        <translation>Coverages</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="133"/>
        <source>Peşin</source>
        <translation>Single payment</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="133"/>
        <source>%1 taksit</source>
        <translation>%1 instalments</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="136"/>
        <source>Brüt prim</source>
        <translation>Gross premium</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="138"/>
        <source>Ödeme seçenekleri</source>
        <translation>Payment options</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="151"/>
        <source>Kapat</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="153"/>
        <source>PDF olarak &amp;kaydet</source>
        <translation>&amp;Save as PDF</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="154"/>
        <source>&amp;Yazdır</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="165"/>
        <source>Karşılaştırmayı kaydet</source>
        <translation>Save comparison</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="166"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ConsentPanel</name>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="34"/>
        <source>KVKK (kişisel verilerin işlenmesi)</source>
        <translation>KVKK (processing of personal data)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="35"/>
        <source>ETK (ticari elektronik ileti)</source>
        <translation>ETK (commercial electronic messages)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="40"/>
        <source>Verildi</source>
        <translation>Given</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="41"/>
        <source>Geri alındı</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="46"/>
        <source>Elle (gişe)</source>
        <translation>Manual (counter)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="47"/>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="48"/>
        <source>Sohbet robotu</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="49"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="50"/>
        <source>E-posta</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="51"/>
        <source>Dış kaynak (İYS)</source>
        <translation>External (IYS)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="99"/>
        <source>İşlem</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="99"/>
        <source>İzin</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="99"/>
        <source>Tarih</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="99"/>
        <source>Yapan</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="100"/>
        <source>Kanal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="106"/>
        <source>Geçmiş</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="118"/>
        <source>İzinler alınıyor…</source>
        <translation>Loading consents…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="124"/>
        <source>okunamadı</source>
        <translation>could not be read</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="140"/>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="146"/>
        <source>Ver</source>
        <translation>Give</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="144"/>
        <source>Var</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="144"/>
        <source>Yok</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="146"/>
        <source>Geri al</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="147"/>
        <source>Kanal: elle (gişe)</source>
        <translation>Channel: manual (counter)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="165"/>
        <source>İzin kaydediliyor…</source>
        <translation>Recording consent…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="165"/>
        <source>İzin geri alınıyor…</source>
        <translation>Revoking consent…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/consent_panel.py" line="171"/>
        <source>İzinler (KVKK / ETK)</source>
        <translation>Consents (KVKK / ETK)</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../insurup_desk/ui/crash_dialog.py" line="39"/>
        <source>Beklenmeyen hata</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/crash_dialog.py" line="44"/>
        <source>InsurUp Desk beklenmeyen bir hatayla karşılaştı.</source>
        <translation>InsurUp Desk ran into an unexpected error.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/crash_dialog.py" line="66"/>
        <source>Raporu &amp;kopyala</source>
        <translation>&amp;Copy report</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/crash_dialog.py" line="67"/>
        <source>Raporu ka&amp;ydet…</source>
        <translation>Sa&amp;ve report…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/crash_dialog.py" line="68"/>
        <source>Ka&amp;pat</source>
        <translation>Clo&amp;se</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/crash_dialog.py" line="69"/>
        <source>Uygulamayı &amp;yeniden başlat</source>
        <translation>&amp;Restart the application</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/crash_dialog.py" line="88"/>
        <source>Yapılan iş kaybolmadı: açık satış otomatik kaydedildi ve yeniden başlatınca kaldığı yerden sürer. Aşağıdaki raporda kart bilgisi, parola ve kimlik numarası yoktur; okuyup destek ekibine iletebilirsiniz.</source>
        <translation>No work is lost: the open sale was saved automatically and continues where it left off after a restart. The report below holds no card data, passwords or identity numbers; read it and pass it on to support.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/crash_dialog.py" line="92"/>
        <source>Rapor günlük klasörüne de kaydedildi: %1</source>
        <translation>The report was also saved in the log folder: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/crash_dialog.py" line="97"/>
        <source>Rapor panoya kopyalandı.</source>
        <translation>Report copied to the clipboard.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/crash_dialog.py" line="101"/>
        <source>Raporu kaydet</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/crash_dialog.py" line="101"/>
        <source>Metin (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/crash_dialog.py" line="109"/>
        <source>Rapor kaydedilemedi: %1</source>
        <translation>The report could not be saved: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/crash_dialog.py" line="111"/>
        <source>Rapor kaydedildi: %1</source>
        <translation>Report saved: %1</translation>
    </message>
</context>
<context>
    <name>CustomerColumns</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="26"/>
        <source>Ad / unvan</source>
        <translation>Name / company name</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="27"/>
        <source>Tür</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="29"/>
        <source>TCKN / VKN</source>
        <translation>TCKN / VKN</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="31"/>
        <source>Pasaport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="32"/>
        <source>Cep telefonu</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="34"/>
        <source>E-posta</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="35"/>
        <source>İl</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="36"/>
        <source>İlçe</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="37"/>
        <source>Kayıt</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>CustomerDetailPane</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="76"/>
        <source>Bir müşteri seçin</source>
        <translation>Select a customer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="84"/>
        <source>Bu müşteriye yeni satış</source>
        <translation>Sell to this customer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="86"/>
        <source>Satış sihirbazını araç adımında, bu müşteriyle açar.</source>
        <translation>Opens the sales wizard at the vehicle step with this customer.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="91"/>
        <source>Müşteri</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="93"/>
        <source>Tür</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="94"/>
        <source>TCKN / VKN / Pasaport</source>
        <translation>TCKN / VKN / Passport</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="95"/>
        <source>Doğum tarihi</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="96"/>
        <source>Cep telefonu</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="97"/>
        <source>E-posta</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="98"/>
        <source>İl / ilçe</source>
        <translation>Province / district</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="114"/>
        <source>Araçlar</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="115"/>
        <source>Teklifler</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="116"/>
        <source>Poliçeler</source>
        <translation>Policies</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="118"/>
        <source>İzinler</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="120"/>
        <source>Teklifler (%1)</source>
        <translation>Proposals (%1)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="123"/>
        <source>Poliçeler (%1)</source>
        <translation>Policies (%1)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="143"/>
        <source>Müşteri yükleniyor…</source>
        <translation>Loading customer…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="161"/>
        <source>Müşteri bilgileri alınıyor…</source>
        <translation>Fetching customer details…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="188"/>
        <source>Plakasız</source>
        <translation>No plate</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customer_detail.py" line="197"/>
        <source>Araçlar (%1)</source>
        <translation>Vehicles (%1)</translation>
    </message>
</context>
<context>
    <name>CustomerFormWidget</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="37"/>
        <source>&amp;Bireysel</source>
        <translation>&amp;Individual</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="38"/>
        <source>&amp;Kurumsal</source>
        <translation>&amp;Corporate</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="39"/>
        <source>Yaba&amp;ncı</source>
        <translation>&amp;Foreign national</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="50"/>
        <source>GG.AA.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="56"/>
        <source>+90 5xx xxx xx xx</source>
        <translation>+90 5xx xxx xx xx</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="59"/>
        <source>— il seçin —</source>
        <translation>— choose a province —</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="71"/>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="189"/>
        <source>TC kimlik no</source>
        <translation>TCKN</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="72"/>
        <source>Vergi kimlik no</source>
        <translation>VKN</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="73"/>
        <source>Ad soyad</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="74"/>
        <source>Unvan</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="75"/>
        <source>Doğum tarihi</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="76"/>
        <source>Cep telefonu</source>
        <translation>Mobile phone</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="77"/>
        <source>E-posta</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="78"/>
        <source>İl</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="79"/>
        <source>İlçe</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="84"/>
        <source>Kimlikten do&amp;ldur</source>
        <translation>&amp;Look up ID</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="85"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="86"/>
        <source>Kaydet ve de&amp;vam et</source>
        <translation>Sa&amp;ve and continue</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_form_widget.py" line="188"/>
        <source>Yabancı kimlik / pasaport no</source>
        <translation>Foreign ID / passport no.</translation>
    </message>
</context>
<context>
    <name>CustomerPage</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_page.py" line="46"/>
        <source>TC kimlik no, vergi no, ad soyad veya cep telefonu</source>
        <translation>TCKN, VKN, full name or mobile number</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_page.py" line="54"/>
        <source>Yeni &amp;müşteri</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_page.py" line="55"/>
        <source>&amp;Seç ve devam et</source>
        <translation>&amp;Select and continue</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_page.py" line="83"/>
        <source>Yazmaya başlayın; ↑/↓ ile seçip Enter&apos;a basın. Kayıt yoksa Ctrl+N ile yeni müşteri açın.</source>
        <translation>Start typing; choose with ↑/↓ and press Enter. If there is no record, press Ctrl+N for a new customer.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_page.py" line="95"/>
        <source>Müşteri</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_page.py" line="153"/>
        <source>En az 2 harf veya kimlik/telefon numarası yazın.</source>
        <translation>Type at least 2 letters or an ID/phone number.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_page.py" line="155"/>
        <source>Aranıyor…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../insurup_desk/ui/wizard/customer_page.py" line="172"/>
        <source>%n müşteri bulundu.</source>
        <translation>
            <numerusform>%n customer found.</numerusform>
            <numerusform>%n customers found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../insurup_desk/ui/wizard/customer_page.py" line="174"/>
        <source>%n müşteri daha var — aramayı daraltın.</source>
        <translation>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_page.py" line="177"/>
        <source>Kayıt bulunamadı. Yeni müşteri için Ctrl+N.</source>
        <translation>No record found. Press Ctrl+N for a new customer.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_page.py" line="218"/>
        <source>Kimlik bilgileri sorgulanıyor…</source>
        <translation>Looking up identity details…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_page.py" line="235"/>
        <source>Bu kimlik numarasıyla kayıtlı müşteri bulundu; mevcut kayıt açıldı.</source>
        <translation>A customer with this ID number already exists; the existing record was opened.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/customer_page.py" line="239"/>
        <source>Müşteri kaydediliyor…</source>
        <translation>Saving customer…</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="57"/>
        <source>Müşteriler</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="58"/>
        <source>Müşteri ara: ad, TCKN/VKN, telefon veya e-posta (Ctrl+F)</source>
        <translation>Search: name, TCKN/VKN, phone or e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="66"/>
        <source>Tür</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="85"/>
        <source>%1 müşteri</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="88"/>
        <source>Eşleşen müşteri yok. Yeni müşteriyi “Yeni satış” sayfasında kaydedebilirsiniz.</source>
        <translation>No matching customers. You can register a new customer on the “New sale” page.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/customers.py" line="91"/>
        <source>musteriler</source>
        <translation>customers</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="73"/>
        <source>Bu dönemde poliçe ya da teklif yok. Başka bir dönem seçin.</source>
        <translation>No policies or proposals in this period. Choose another period.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="81"/>
        <source>Bugün</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="81"/>
        <source>Bu hafta</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="82"/>
        <source>Bu ay</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="82"/>
        <source>Aralık</source>
        <translation>Range</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="92"/>
        <source>Uygula</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="98"/>
        <source>Yenile</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="106"/>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="154"/>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="157"/>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="161"/>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="165"/>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="175"/>
        <source>Poliçe</source>
        <translation>Policies</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="107"/>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="154"/>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="158"/>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="161"/>
        <source>Brüt prim</source>
        <translation>Gross premium</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="108"/>
        <source>Komisyon</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="109"/>
        <source>Tekliften poliçeye</source>
        <translation>Proposal to policy</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="153"/>
        <source>Zaman içinde brüt prim</source>
        <translation>Gross premium over time</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="154"/>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="165"/>
        <source>Tarih</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="156"/>
        <source>Sigorta şirketine göre prim</source>
        <translation>Premium by insurer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="157"/>
        <source>Sigorta şirketi</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="160"/>
        <source>Ürün branşına göre prim</source>
        <translation>Premium by product line</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="161"/>
        <source>Branş</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="162"/>
        <source>Pay</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="164"/>
        <source>Tekliften poliçeye dönüşüm</source>
        <translation>Proposal-to-policy conversion</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="165"/>
        <source>Teklif</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="166"/>
        <source>Dönüşüm</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="168"/>
        <source>Yaklaşan yenilemeler</source>
        <translation>Upcoming renewals</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="169"/>
        <source>Süre</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="169"/>
        <source>Vadesi gelen</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="169"/>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="171"/>
        <source>Yenilenen</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="170"/>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="171"/>
        <source>Kaybedilen</source>
        <translation>Lost</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="170"/>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="171"/>
        <source>Açık</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="174"/>
        <source>Temsilci kazançları</source>
        <translation>Representative earnings</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="175"/>
        <source>Temsilci</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="176"/>
        <source>Kazanç (komisyon)</source>
        <translation>Earnings (commission)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="207"/>
        <source>Bitiş tarihi başlangıçtan önce olamaz.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="212"/>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="222"/>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="228"/>
        <source>Pano yükleniyor…</source>
        <translation>Loading the dashboard…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="252"/>
        <source>%1 – %2 (önceki dönem %3 – %4)</source>
        <translation>%1 – %2 (previous period %3 – %4)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="261"/>
        <source>Pano yüklenemedi.</source>
        <translation>The dashboard could not be loaded.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard.py" line="312"/>
        <source>%1 gün</source>
        <translation>%1 days</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../insurup_desk/ui/tables/date_field.py" line="31"/>
        <source>gg.aa.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/date_field.py" line="41"/>
        <source>Takvim (Alt+↓)</source>
        <translation>Calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/date_field.py" line="107"/>
        <source>Tarihi gg.aa.yyyy biçiminde yazın, örneğin 14.03.2026.</source>
        <translation>Type the date as dd.mm.yyyy, for example 14.03.2026.</translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <location filename="../../insurup_desk/ui/tables/filter_bar.py" line="127"/>
        <source>başlangıç</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/filter_bar.py" line="128"/>
        <source>bitiş</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/documents.py" line="43"/>
        <source>PDF&apos;i kaydet</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/documents.py" line="45"/>
        <source>PDF belgesi (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/documents_menu.py" line="37"/>
        <source>&amp;Belgeler</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/documents_menu.py" line="38"/>
        <source>Teklif belgesi, bilgilendirme formu, karşılaştırma PDF&apos;i, yazdırma ve müşteriye gönderme</source>
        <translation>Quote document, information form, comparison PDF, printing and sending to the customer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/documents_menu.py" line="46"/>
        <source>Teklif &amp;belgesi</source>
        <translation>Quote &amp;document</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/documents_menu.py" line="48"/>
        <source>Teklif belgesini açar</source>
        <translation>Opens the quote document</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/documents_menu.py" line="49"/>
        <source>Teklif belgesini &amp;kaydet…</source>
        <translation>&amp;Save the quote document…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/documents_menu.py" line="51"/>
        <source>Bilgilendirme &amp;formu</source>
        <translation>Information &amp;form</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/documents_menu.py" line="53"/>
        <source>Bilgilendirme formunu ka&amp;ydet…</source>
        <translation>Sa&amp;ve the information form…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/documents_menu.py" line="56"/>
        <source>Karşılaştırma &amp;PDF…</source>
        <translation>Comparison &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/documents_menu.py" line="60"/>
        <source>Teklifi ya&amp;zdır</source>
        <translation>Pr&amp;int quote</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/documents_menu.py" line="70"/>
        <source>Müşteriye &amp;gönder…</source>
        <translation>Send to the &amp;customer…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/documents_menu.py" line="71"/>
        <source>Müşteriye e-posta veya SMS ile gönder</source>
        <translation>Send to the customer by e-mail or SMS</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="49"/>
        <source>&amp;Poliçeyi aç</source>
        <translation>&amp;Open policy</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="50"/>
        <source>PDF &amp;kaydet</source>
        <translation>&amp;Save PDF</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="51"/>
        <source>Müşteriye gönder…</source>
        <translation>Send to customer…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="56"/>
        <source>Yeni &amp;satış</source>
        <translation>&amp;New sale</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="52"/>
        <source>Poliçeyi müşteriye e-posta veya SMS ile gönder</source>
        <translation>Send the policy to the customer by e-mail or SMS</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="55"/>
        <source>Poliçeyi ya&amp;zdır</source>
        <translation>&amp;Print policy</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="73"/>
        <source>Poliçe düzenlendi</source>
        <translation>Policy issued</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="83"/>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="96"/>
        <source>Poliçe no: %1</source>
        <translation>Policy no.: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="84"/>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="87"/>
        <source>Poliçe bilgileri yükleniyor…</source>
        <translation>Loading policy details…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="98"/>
        <source>DASK poliçe no: %1</source>
        <translation>DASK policy no.: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="104"/>
        <source>Sigorta şirketi: %1</source>
        <translation>Insurer: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="105"/>
        <source>Müşteri: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="107"/>
        <source>Başlangıç: %1 · Bitiş: %2</source>
        <translation>Start: %1 · End: %2</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="109"/>
        <source>Brüt prim: %1 (%2 taksit)</source>
        <translation>Gross premium: %1 (%2 instalments)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="122"/>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="128"/>
        <source>Poliçe kaydedildi: %1</source>
        <translation>Policy saved: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="131"/>
        <source>Poliçe indiriliyor…</source>
        <translation>Downloading policy…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="134"/>
        <source>Poliçeyi kaydet</source>
        <translation>Save policy</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="135"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="146"/>
        <source>Poliçe belgesi</source>
        <translation>Policy document</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="148"/>
        <source>Poliçe gönderildi: %1</source>
        <translation>Policy sent: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/done_page.py" line="155"/>
        <source>Poliçe %1</source>
        <translation>Policy %1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../../insurup_desk/ui/background.py" line="51"/>
        <source>Kapat</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/background.py" line="65"/>
        <source>Hata: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/background.py" line="68"/>
        <source>İzleme kodu: %1</source>
        <translation>Trace code: %1</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../insurup_desk/ui/tables/export_dialog.py" line="44"/>
        <source>Excel çalışma kitabı (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/export_dialog.py" line="46"/>
        <source>CSV, noktalı virgülle ayrılmış (*.csv)</source>
        <translation>CSV, semicolon-separated (*.csv)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/export_dialog.py" line="47"/>
        <source>Listeyi dışa aktar</source>
        <translation>Export list</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <location filename="../../insurup_desk/ui/tables/export_dialog.py" line="77"/>
        <source>Dışa aktarılıyor</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/export_dialog.py" line="78"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/export_dialog.py" line="84"/>
        <source>Satırlar alınıyor…</source>
        <translation>Fetching rows…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/export_dialog.py" line="103"/>
        <source>%1 / %2 satır yazıldı</source>
        <translation>%1 / %2 rows written</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/export_dialog.py" line="106"/>
        <source>%1 satır yazıldı</source>
        <translation>%1 rows written</translation>
    </message>
</context>
<context>
    <name>GroupsDialog</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/revise_dialogs.py" line="36"/>
        <source>Teklifi yeniden çalış: teminat grupları</source>
        <translation>Revise the proposal: coverage groups</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/revise_dialogs.py" line="37"/>
        <source>Tüm şirketler seçilen gruplarla yeniden fiyatlanır (en çok %1 grup). Eski teklif olduğu gibi kalır.</source>
        <translation>Every insurer prices again with the chosen groups (at most %1 groups). The old proposal stays as it is.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/revise_dialogs.py" line="49"/>
        <source>Yeniden çalış</source>
        <translation>Revise</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/revise_dialogs.py" line="51"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/revise_dialogs.py" line="76"/>
        <source>En çok %1 grup seçilebilir.</source>
        <translation>At most %1 groups can be chosen.</translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_page.py" line="33"/>
        <source>%1 cm, %2 kg</source>
        <translation>%1 cm, %2 kg</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_page.py" line="36"/>
        <source>+%1 aile bireyi</source>
        <translation>+%1 family members</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="14"/>
        <source>Organ nakli</source>
        <translation>Organ transplant</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="15"/>
        <source>Kemik iliği nakli</source>
        <translation>Bone marrow transplant</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="16"/>
        <source>Kalp ameliyatı</source>
        <translation>Heart surgery</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="17"/>
        <source>Beyin ameliyatı</source>
        <translation>Brain surgery</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="18"/>
        <source>Diğer ameliyat</source>
        <translation>Other surgery</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="24"/>
        <source>Böbrek yetmezliği</source>
        <translation>Kidney failure</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="25"/>
        <source>Kanser</source>
        <translation>Cancer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="26"/>
        <source>Karaciğer hastalığı</source>
        <translation>Liver disease</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="27"/>
        <source>Kalp yetmezliği</source>
        <translation>Heart failure</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="28"/>
        <source>Kalp ritim ve iletim bozukluğu</source>
        <translation>Heart rhythm and conduction disorder</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="29"/>
        <source>Bağışıklık sistemi hastalığı</source>
        <translation>Immune system disorder</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="30"/>
        <source>Diğer hastalık</source>
        <translation>Other disease</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="36"/>
        <source>Eş</source>
        <translation>Spouse</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="37"/>
        <source>Çocuk</source>
        <translation>Child</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="38"/>
        <source>Ebeveyn</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="39"/>
        <source>Kardeş</source>
        <translation>Sibling</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="46"/>
        <source>Dar kapsamlı hastane ağı</source>
        <translation>Narrow hospital network</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="47"/>
        <source>Standart hastane ağı</source>
        <translation>Standard hospital network</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="48"/>
        <source>Geniş kapsamlı hastane ağı</source>
        <translation>Wide hospital network</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="49"/>
        <source>Belirtilmemiş</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="56"/>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="124"/>
        <source>Yatarak tedavi</source>
        <translation>In-patient treatment</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="59"/>
        <source>Yatarak + ayakta tedavi (yılda %1 ayakta)</source>
        <translation>In-patient + out-patient treatment (%1 out-patient visits a year)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="61"/>
        <source>Yatarak + ayakta tedavi</source>
        <translation>In-patient + out-patient treatment</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="68"/>
        <source>Bu alan zorunlu.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="69"/>
        <source>Boyu santimetre olarak yazın: 1,75 değil 175.</source>
        <translation>Type the height in centimetres: 175, not 1.75.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="70"/>
        <source>Boy santimetre olarak tam sayı olmalı (örnek: 172).</source>
        <translation>The height must be a whole number of centimetres (e.g. 172).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="71"/>
        <source>Boy %1–%2 cm arasında olmalı.</source>
        <translation>The height must be between %1 and %2 cm.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="74"/>
        <source>Kilo tam sayı olmalı (örnek: 68).</source>
        <translation>The weight must be a whole number (e.g. 68).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="75"/>
        <source>Kilo %1–%2 kg arasında olmalı.</source>
        <translation>The weight must be between %1 and %2 kg.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="78"/>
        <source>Boy ve kilo birbirini tutmuyor; ikisini de kontrol edin.</source>
        <translation>Height and weight do not fit together; check both.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="80"/>
        <source>Bu soruyu Evet ya da Hayır ile yanıtlayın.</source>
        <translation>Answer this question with Yes or No.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="81"/>
        <source>Evet dediniz: hangisi olduğunu en az bir kutuyu işaretleyerek belirtin.</source>
        <translation>You answered yes: tick at least one box to say which.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="83"/>
        <source>Bir poliçeye sigortalıyla birlikte en çok %1 aile bireyi eklenebilir.</source>
        <translation>At most %1 family members can be added to one policy besides the insured person.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="86"/>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="108"/>
        <source>Aynı kişi iki kez eklenemez.</source>
        <translation>The same person cannot be added twice.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="87"/>
        <source>TC kimlik numarası geçersiz (11 hane, kontrol basamakları tutmuyor).</source>
        <translation>The Turkish ID number is not valid (11 digits, check digits do not match).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="89"/>
        <source>Yakınlığı seçin (eş ya da çocuk).</source>
        <translation>Choose the relation (spouse or child).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="90"/>
        <source>Bu kimlik numarasıyla kayıtlı müşteri yok; aile bireyini önce müşteri olarak kaydedin.</source>
        <translation>No customer has this ID number; register the family member as a customer first.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="92"/>
        <source>Kişi kendisinin yakını olamaz.</source>
        <translation>A person cannot be their own relative.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="93"/>
        <source>Bu aile bağı zaten kayıtlı.</source>
        <translation>This family link is already recorded.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="94"/>
        <source>Sigortalının kayıtlı bir eşi zaten var.</source>
        <translation>The insured person already has a recorded spouse.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="96"/>
        <source>Bu çocuğun kayıtlı iki ebeveyni zaten var.</source>
        <translation>This child already has two recorded parents.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="98"/>
        <source>Ebeveyn ve kardeş bağları kendiliğinden kurulur; eş ya da çocuk olarak ekleyin.</source>
        <translation>Parent and sibling links are made automatically; add the person as a spouse or child.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="100"/>
        <source>Sigortalının boyu kayıtlı değil; boyu girip kaydedin.</source>
        <translation>The insured person&apos;s height is not on record; enter it and save.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="102"/>
        <source>Sigortalının kilosu kayıtlı değil; kiloyu girip kaydedin.</source>
        <translation>The insured person&apos;s weight is not on record; enter it and save.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="104"/>
        <source>Sigorta ettiren en az 20 yaşında olmalı.</source>
        <translation>The policyholder must be at least 20 years old.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="106"/>
        <source>Bir poliçede en çok 5 kişi sigortalanabilir.</source>
        <translation>At most 5 people can be insured on one policy.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="109"/>
        <source>Eklenen kişi sigortalının kayıtlı aile bireyi değil; önce müşteri kaydında aile bağını kurun.</source>
        <translation>The added person is not a recorded family member of the insured; link them in the customer record first.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="111"/>
        <source>20 yaşını doldurmuş çocuk aile poliçesine eklenemez.</source>
        <translation>A child aged 20 or over cannot be added to a family policy.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="113"/>
        <source>Sigortalılardan en az biri 20 yaşında ya da büyük olmalı.</source>
        <translation>At least one insured person must be 20 or older.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="122"/>
        <source>Hastane ağı</source>
        <translation>Hospital network</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="123"/>
        <source>Sağlık paketi</source>
        <translation>Health package</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="125"/>
        <source>Ayakta tedavi (yıllık)</source>
        <translation>Out-patient treatment (yearly)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="126"/>
        <source>Doktor muayenesi</source>
        <translation>Doctor visits</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="127"/>
        <source>Ameliyat</source>
        <translation>Surgery</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="128"/>
        <source>Ameliyat malzemesi</source>
        <translation>Surgical materials</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="129"/>
        <source>Yoğun bakım</source>
        <translation>Intensive care</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="130"/>
        <source>Kemoterapi</source>
        <translation>Chemotherapy</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="131"/>
        <source>Radyoterapi</source>
        <translation>Radiotherapy</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="132"/>
        <source>Diyaliz</source>
        <translation>Dialysis</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="133"/>
        <source>Ambulans</source>
        <translation>Ambulance</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="134"/>
        <source>Check-up</source>
        <translation>Check-up</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="135"/>
        <source>Diş paketi</source>
        <translation>Dental package</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="136"/>
        <source>Göz paketi</source>
        <translation>Eye package</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="137"/>
        <source>Doğum</source>
        <translation>Childbirth</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="138"/>
        <source>Diyetisyen</source>
        <translation>Dietitian</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="139"/>
        <source>Psikolojik danışmanlık</source>
        <translation>Psychological counselling</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="140"/>
        <source>Fizik tedavi</source>
        <translation>Physiotherapy</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="141"/>
        <source>Suni uzuv</source>
        <translation>Prosthetic limbs</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="142"/>
        <source>Evde bakım</source>
        <translation>Home care</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="143"/>
        <source>7/24 tıbbi danışmanlık</source>
        <translation>24/7 medical advice</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="144"/>
        <source>Küçük müdahale</source>
        <translation>Minor procedures</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_texts.py" line="145"/>
        <source>Taşınan yük</source>
        <translation>Load carried</translation>
    </message>
</context>
<context>
    <name>HealthFormWidget</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="164"/>
        <source>örnek: 172</source>
        <translation>e.g. 172</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="165"/>
        <source>örnek: 68</source>
        <translation>e.g. 68</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="170"/>
        <source>&amp;Boy (cm)</source>
        <translation>&amp;Height (cm)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="171"/>
        <source>&amp;Kilo (kg)</source>
        <translation>&amp;Weight (kg)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="173"/>
        <source>Daha önce ameliyat oldu mu (organ/kemik iliği nakli, kalp ya da beyin ameliyatı…)?</source>
        <translation>Has the person had surgery (organ/bone marrow transplant, heart or brain surgery…)?</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="175"/>
        <source>Tanı konmuş ciddi ya da süreğen bir hastalığı var mı (böbrek, karaciğer, kalp, kanser, bağışıklık sistemi…)?</source>
        <translation>Has the person been diagnosed with a serious or chronic disease (kidney, liver, heart, cancer, immune system…)?</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="178"/>
        <source>Sağlık soruları</source>
        <translation>Health questions</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="183"/>
        <source>Aynı poliçeye eklenecek aile bireyleri</source>
        <translation>Family members on the same policy</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="192"/>
        <source>aile bireyinin TC kimlik no</source>
        <translation>family member&apos;s Turkish ID no</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="198"/>
        <source>Aile bireyi &amp;ekle</source>
        <translation>Add family m&amp;ember</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="215"/>
        <source>Kaydet ve de&amp;vam et</source>
        <translation>Sa&amp;ve and continue</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="258"/>
        <source>Aile bağları bu sunucuda tutulmuyor; teklif yalnızca sigortalı için alınır.</source>
        <translation>This server keeps no family links; quotes are for the insured person only.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="261"/>
        <source>Müşterinin kayıtlı aile bireyi yok; teklif yalnızca sigortalı için alınır.</source>
        <translation>The customer has no recorded family members; quotes are for the insured person only.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="264"/>
        <source>İşaretlenen kişiler aynı teklife girer; her biri için boy ve kilo gerekir (en çok %1 kişi).</source>
        <translation>Ticked people join the same proposal; each needs a height and weight (at most %1 people).</translation>
    </message>
</context>
<context>
    <name>HealthPage</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_page.py" line="69"/>
        <source>Sağlık bilgileri (TSS)</source>
        <translation>Health information (TSS)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_page.py" line="91"/>
        <source>Sigortalı: %1</source>
        <translation>Insured: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_page.py" line="95"/>
        <source>Müşteri bağlantı gelince gönderilecek; sağlık bilgileri ancak ondan sonra kaydedilebilir. TSS satışı için bağlantıyı bekleyin.</source>
        <translation>The customer will be sent when the line returns; health information can only be saved after that. Wait for the line to sell TSS.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_page.py" line="110"/>
        <source>Sigorta şirketleri seçenek bildirmedi; teklifler şirketlerin önerdiği teminatla istenir.</source>
        <translation>The insurers offered no choices; quotes are asked with each insurer&apos;s own coverage.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_page.py" line="114"/>
        <source>Teminat seçenekleri alınamadı; teklifler şirketlerin önerdiği teminatla istenir.</source>
        <translation>The coverage choices could not be read; quotes are asked with each insurer&apos;s own coverage.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_page.py" line="131"/>
        <source>Sağlık bilgileri yükleniyor…</source>
        <translation>Loading health information…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_page.py" line="164"/>
        <source>Aile bireyi ekleniyor…</source>
        <translation>Adding the family member…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_page.py" line="175"/>
        <location filename="../../insurup_desk/ui/wizard/health_page.py" line="185"/>
        <source>Sağlık bilgilerini kaydetmek</source>
        <translation>Saving the health information</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_page.py" line="191"/>
        <source>Sağlık bilgileri kaydediliyor…</source>
        <translation>Saving health information…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_page.py" line="198"/>
        <source>Sağlık bilgilerinde düzeltilecek alanlar var.</source>
        <translation>Some health information fields need correcting.</translation>
    </message>
</context>
<context>
    <name>HealthQuestion</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="52"/>
        <source>Evet</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="53"/>
        <source>Hayır</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>Imm</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="13"/>
        <source>Yük taşımıyor</source>
        <translation>Carries no load</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="14"/>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="54"/>
        <source>Belirtilmemiş</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="15"/>
        <source>Ağaç kütükleri ve kereste</source>
        <translation>Logs and timber</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="16"/>
        <source>Akaryakıt</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="17"/>
        <source>Ayakkabı, saraciye</source>
        <translation>Shoes, leather goods</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="18"/>
        <source>Bakkaliye ve şarküteri ürünleri</source>
        <translation>Groceries and delicatessen</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="19"/>
        <source>Her türlü kırtasiye malzemesi</source>
        <translation>Stationery of all kinds</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="20"/>
        <source>Dökme su ve süt</source>
        <translation>Bulk water and milk</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="21"/>
        <source>Halı ve kilim</source>
        <translation>Carpets and rugs</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="22"/>
        <source>Ham, yarı mamul ve mamul kâğıt</source>
        <translation>Raw, semi-finished and finished paper</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="23"/>
        <source>Hazır beton</source>
        <translation>Ready-mixed concrete</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="24"/>
        <source>Her nevi ev aletleri</source>
        <translation>Household appliances of all kinds</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="25"/>
        <source>Dökme kömür ve odun</source>
        <translation>Bulk coal and firewood</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="26"/>
        <source>Hububat ve bakliyat</source>
        <translation>Grain and pulses</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="27"/>
        <source>Kaba inşaat malzemeleri</source>
        <translation>Rough building materials</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="28"/>
        <source>Lastik, kauçuk ürünleri</source>
        <translation>Tyres, rubber goods</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="29"/>
        <source>Likit kimyevi madde</source>
        <translation>Liquid chemicals</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="30"/>
        <source>LPG, gaz tüpü</source>
        <translation>LPG, gas cylinders</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="31"/>
        <source>Makine aksamı ve yedekleri</source>
        <translation>Machine parts and spares</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="32"/>
        <source>Mobilya malzemesi</source>
        <translation>Furniture</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="33"/>
        <source>Muhtelif ev eşyası</source>
        <translation>Sundry household goods</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="34"/>
        <source>Oto yedek parçaları</source>
        <translation>Car spare parts</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="35"/>
        <source>Plastik mamulleri</source>
        <translation>Plastic goods</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="36"/>
        <source>Sentetik elyaf ürünleri</source>
        <translation>Synthetic fibre goods</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="37"/>
        <source>Sentetik, plastik boya ürünleri</source>
        <translation>Synthetic and plastic paints</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="38"/>
        <source>Tekstil ürünleri</source>
        <translation>Textiles</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="39"/>
        <source>Temizlik maddeleri</source>
        <translation>Cleaning products</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="40"/>
        <source>Yaş meyve ve sebze</source>
        <translation>Fresh fruit and vegetables</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="52"/>
        <source>İkame araç yok</source>
        <translation>No replacement car</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="57"/>
        <source>yılda %1 kez</source>
        <translation>%1 times a year</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="60"/>
        <source>seferde %1 gün</source>
        <translation>%1 days each time</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="63"/>
        <source>%1 segment</source>
        <translation>segment %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="66"/>
        <source>pert dahil</source>
        <translation>total loss included</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="69"/>
        <source>elektrikli</source>
        <translation>electric</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="70"/>
        <source>ticari</source>
        <translation>commercial</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="73"/>
        <source>İkame araç var</source>
        <translation>Replacement car included</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_texts.py" line="74"/>
        <source>İkame araç: %1</source>
        <translation>Replacement car: %1</translation>
    </message>
</context>
<context>
    <name>ImmChoiceWidget</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_choice_widget.py" line="27"/>
        <source>Şirketin önerdiği</source>
        <translation>Insurer&apos;s own</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_choice_widget.py" line="35"/>
        <source>İMM lim&amp;iti:</source>
        <translation>İMM l&amp;imit:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_choice_widget.py" line="35"/>
        <source>İ&amp;kame araç:</source>
        <translation>Replacement car (&amp;k):</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_choice_widget.py" line="36"/>
        <source>&amp;Taşınan yük:</source>
        <translation>&amp;Transported load:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_choice_widget.py" line="36"/>
        <source>Asistans &amp;hizmeti:</source>
        <translation>&amp;Help service (assistance):</translation>
    </message>
</context>
<context>
    <name>ImmQuotesChoice</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_choice_widget.py" line="94"/>
        <source>Sigorta şirketleri İMM için seçenek bildirmedi; teklifler şirketlerin önerdiği teminatla istenir.</source>
        <translation>The insurers offered no İMM choices; quotes are asked with each insurer&apos;s own coverage.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/imm_choice_widget.py" line="99"/>
        <source>İMM seçenekleri alınamadı; teklifler şirketlerin önerdiği teminatla istenir.</source>
        <translation>The İMM choices could not be read; quotes are asked with each insurer&apos;s own coverage.</translation>
    </message>
</context>
<context>
    <name>KonutOptions</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/konut_options.py" line="33"/>
        <source>Eşya bedeli (TL)</source>
        <translation>Contents (TL)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/konut_options.py" line="34"/>
        <source>Elektronik cihaz (TL)</source>
        <translation>Electronic devices (TL)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/konut_options.py" line="35"/>
        <source>İzolasyon (TL)</source>
        <translation>Insulation (TL)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/konut_options.py" line="36"/>
        <source>Cam (TL)</source>
        <translation>Windows (TL)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/konut_options.py" line="43"/>
        <source>Deprem teminatı da olsun</source>
        <translation>Include earthquake cover</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/konut_options.py" line="44"/>
        <source>Konut yılda bir aydan uzun boş kalıyor</source>
        <translation>The home stands empty for more than a month a year</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/konut_options.py" line="47"/>
        <location filename="../../insurup_desk/ui/wizard/konut_options.py" line="63"/>
        <source>Şirketin önerdiği kapsam</source>
        <translation>The insurer&apos;s proposed scope</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/konut_options.py" line="52"/>
        <source>Sigorta kapsamı</source>
        <translation>Insurance scope</translation>
    </message>
</context>
<context>
    <name>KpiTile</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard_cards.py" line="50"/>
        <source>karşılaştırma yok</source>
        <translation>no comparison</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/dashboard_cards.py" line="55"/>
        <source>önceki dönem: %1</source>
        <translation>previous period: %1</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="33"/>
        <source>Kasko</source>
        <translation>Kasko</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="34"/>
        <source>Trafik</source>
        <translation>Trafik</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="35"/>
        <source>DASK</source>
        <translation>DASK</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="36"/>
        <source>Konut</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="37"/>
        <source>Tamamlayıcı sağlık</source>
        <translation>Supplementary health</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="38"/>
        <source>İMM</source>
        <translation>İMM</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="39"/>
        <source>Sağlık</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="40"/>
        <source>Seyahat</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="41"/>
        <source>Ferdi kaza</source>
        <translation>Personal accident</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="42"/>
        <source>Yeşil kart</source>
        <translation>Green Card</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="44"/>
        <source>Ferdi</source>
        <translation>Personal accident</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="45"/>
        <source>İşyeri</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="51"/>
        <source>Yürürlükte</source>
        <translation>In force</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="52"/>
        <source>Süresi doldu</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="53"/>
        <source>İptal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="64"/>
        <source>Fiyat bekleniyor</source>
        <translation>Awaiting prices</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="65"/>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="84"/>
        <source>Fiyatlandı</source>
        <translation>Priced</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="66"/>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="86"/>
        <source>Satın alınıyor</source>
        <translation>Purchasing</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="67"/>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="87"/>
        <source>Satın alındı</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="68"/>
        <source>Başarısız</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="83"/>
        <source>Bekleniyor</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="85"/>
        <source>Fiyat alınamadı</source>
        <translation>No price</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="102"/>
        <source>Bireysel</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="103"/>
        <source>Kurumsal</source>
        <translation>Corporate</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="104"/>
        <source>Yabancı</source>
        <translation>Foreign</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="110"/>
        <source>Kredi kartı</source>
        <translation>Credit card</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="111"/>
        <source>Açık hesap</source>
        <translation>Open account</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="112"/>
        <source>3D Secure</source>
        <translation>3D Secure</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="113"/>
        <source>Sigorta şirketi ödeme sayfası</source>
        <translation>Insurer payment page</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/labels.py" line="114"/>
        <source>Aracı 3D Secure</source>
        <translation>Third-party 3D Secure</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../insurup_desk/ui/tables/list_page.py" line="107"/>
        <source>Yenile</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/list_page.py" line="109"/>
        <source>Dışa aktar</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/list_page.py" line="111"/>
        <source>Excel (.xlsx)…</source>
        <translation>Excel (.xlsx)…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/list_page.py" line="112"/>
        <source>CSV (;) …</source>
        <translation>CSV (;) …</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/list_page.py" line="200"/>
        <source>%1 kayıt</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/list_page.py" line="203"/>
        <source>Bu filtrelerle eşleşen kayıt yok. Aramayı veya filtreleri değiştirin.</source>
        <translation>No records match these filters. Change the search or the filters.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/list_page.py" line="283"/>
        <source>“%1” sütununa göre sıralanamıyor.</source>
        <translation>Cannot sort by the “%1” column.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/list_page.py" line="319"/>
        <source>Yükleniyor…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/list_page.py" line="339"/>
        <source>Liste yüklenemedi: %1</source>
        <translation>The list could not be loaded: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/list_page.py" line="340"/>
        <source>Liste eksik olabilir; F5 ile yeniden deneyin.</source>
        <translation>The list may be incomplete; press F5 to try again.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/list_page.py" line="365"/>
        <source>Dışa aktarma iptal edildi.</source>
        <translation>Export cancelled.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/list_page.py" line="373"/>
        <source>Dışa aktarma başarısız: %1</source>
        <translation>Export failed: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/list_page.py" line="374"/>
        <source>Dosya oluşturulmadı.</source>
        <translation>No file was created.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/list_page.py" line="377"/>
        <source>%1 satır kaydedildi: %2</source>
        <translation>%1 rows saved: %2</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="67"/>
        <source>Tarayıcı açılamadı.</source>
        <translation>The browser could not be opened.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="100"/>
        <source>InsurUp Desk — Giriş</source>
        <translation>InsurUp Desk — Sign in</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="181"/>
        <source>— Demo hesabı seçin —</source>
        <translation>— Choose a demo account —</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="189"/>
        <source>Demo hesa&amp;bı</source>
        <translation>Demo &amp;account</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="193"/>
        <source>ornek@acente.com.tr</source>
        <translation>name@agency.com.tr</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="197"/>
        <source>Beni &amp;hatırla</source>
        <translation>Remember &amp;me</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="199"/>
        <source>Şifreniz bu bilgisayarın güvenli anahtar deposunda saklanır. Ortak bilgisayarda seçmeyin.</source>
        <translation>Your password is kept in this computer&apos;s secure credential store. Do not tick this on a shared computer.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="201"/>
        <source>&amp;E-posta</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="202"/>
        <source>Ş&amp;ifre</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="210"/>
        <source>ya da</source>
        <translation>or</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="213"/>
        <source>InsurUp ile gi&amp;riş</source>
        <translation>Sign in with Insur&amp;Up</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="217"/>
        <source>InsurUp&apos;ın giriş sayfası tarayıcınızda açılır; şifreniz bu uygulamaya girilmez.</source>
        <translation>InsurUp&apos;s sign-in page opens in your browser; your password is never typed into this application.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="236"/>
        <source>&amp;Doğrulama kodu</source>
        <translation>Verification &amp;code</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="258"/>
        <source>Oturumun süresi doldu</source>
        <translation>Your session has expired</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="260"/>
        <source>Ekrandaki çalışmanız korunuyor. Devam etmek için şifrenizi yeniden girin.</source>
        <translation>Your work on screen is kept. Enter your password again to continue.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="262"/>
        <source>Oturumu &amp;kapat</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="264"/>
        <source>Giriş yap</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="265"/>
        <source>InsurUp acente kullanıcı bilgilerinizle giriş yapın.</source>
        <translation>Sign in with your InsurUp agency user account.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="266"/>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="273"/>
        <source>&amp;Vazgeç</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="267"/>
        <source>&amp;Giriş yap</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="270"/>
        <source>İki adımlı doğrulama</source>
        <translation>Two-step verification</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="271"/>
        <source>Telefonunuza gönderilen doğrulama kodunu girin.</source>
        <translation>Enter the verification code sent to your phone.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="272"/>
        <source>&amp;Doğrula</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="331"/>
        <source>Eğitim sunucusu başlatılamadı: %1</source>
        <translation>The training server could not start: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="340"/>
        <source>Eğitim sunucusu hazırlanıyor…</source>
        <translation>Preparing the training server…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="363"/>
        <source>Geçerli bir e-posta adresi girin.</source>
        <translation>Enter a valid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="367"/>
        <source>Şifrenizi girin.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="370"/>
        <source>Giriş yapılıyor…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="376"/>
        <source>Doğrulama kodu yalnızca rakamlardan oluşur.</source>
        <translation>The verification code consists of digits only.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="378"/>
        <source>Kod doğrulanıyor…</source>
        <translation>Checking the code…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="385"/>
        <source>Tarayıcıda InsurUp girişi bekleniyor… Bitince bu pencereye dönün.</source>
        <translation>Waiting for the InsurUp sign-in in your browser… Come back to this window when you are done.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="390"/>
        <source>Giriş tamamlandı</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="390"/>
        <source>Bu sekmeyi kapatıp InsurUp Desk&apos;e dönebilirsiniz.</source>
        <translation>You can close this tab and return to InsurUp Desk.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="391"/>
        <source>Giriş tamamlanamadı</source>
        <translation>Sign-in not completed</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="391"/>
        <source>Bu sekmeyi kapatıp InsurUp Desk&apos;e dönün.</source>
        <translation>Close this tab and return to InsurUp Desk.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="404"/>
        <source>Tarayıcıdaki giriş 5 dakika içinde tamamlanmadı. Yeniden deneyin.</source>
        <translation>The sign-in in the browser was not completed within 5 minutes. Try again.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="408"/>
        <source>InsurUp ile giriş tamamlanamadı: %1</source>
        <translation>Signing in with InsurUp failed: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="418"/>
        <source>Bu pencereye %1 hesabıyla yeniden giriş yapılmalı.</source>
        <translation>This window needs you to sign in again as %1.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="470"/>
        <source>Giriş iptal edildi.</source>
        <translation>Sign-in cancelled.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="485"/>
        <source>Gişe görevlisi — gise@demo.acente</source>
        <translation>Counter clerk — gise@demo.acente</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/login_dialog.py" line="490"/>
        <source>Şube müdürü — mudur@demo.acente (kod 123456)</source>
        <translation>Branch manager — mudur@demo.acente (code 123456)</translation>
    </message>
</context>
<context>
    <name>LoginMessages</name>
    <message>
        <location filename="../../insurup_desk/ui/auth_messages.py" line="33"/>
        <source>Sunucunun sertifikası doğrulanamadı; bağlantı güvenli değil. Ağ yöneticinize başvurun.</source>
        <translation>The server&apos;s certificate could not be verified; the connection is not secure. Contact your network administrator.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/auth_messages.py" line="37"/>
        <source>Sunucudan okunamayan bir yanıt geldi. Biraz sonra yeniden deneyin.</source>
        <translation>The server sent an answer that cannot be read. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/auth_messages.py" line="60"/>
        <source>Sunucu çok yoğun; %1 saniye sonra yeniden deneyin.</source>
        <translation>The server is very busy; try again in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/auth_messages.py" line="41"/>
        <source>Sunucuya ulaşılamıyor. İnternet bağlantınızı kontrol edip yeniden deneyin.</source>
        <translation>The server cannot be reached. Check your internet connection and try again.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/auth_messages.py" line="45"/>
        <source>Sunucu zamanında yanıt vermedi. Biraz sonra yeniden deneyin.</source>
        <translation>The server did not answer in time. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/auth_messages.py" line="49"/>
        <source>Hesabınız kilitlendi. Açtırmak için acente yöneticinize başvurun.</source>
        <translation>Your account is locked. Ask your agency administrator to unlock it.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/auth_messages.py" line="53"/>
        <source>Doğrulama kodu hatalı ya da süresi dolmuş.</source>
        <translation>The verification code is wrong or has expired.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/auth_messages.py" line="55"/>
        <source>E-posta adresi veya şifre hatalı.</source>
        <translation>Wrong e-mail address or password.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/auth_messages.py" line="57"/>
        <source>Bu hesapla giriş yapma yetkiniz yok.</source>
        <translation>This account is not allowed to sign in.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/auth_messages.py" line="64"/>
        <source>Çok fazla deneme yapıldı. Lütfen biraz bekleyip yeniden deneyin.</source>
        <translation>Too many attempts. Please wait a little and try again.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/auth_messages.py" line="68"/>
        <source>Sunucuda geçici bir sorun var. Biraz sonra yeniden deneyin.</source>
        <translation>The server has a temporary problem. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/auth_messages.py" line="71"/>
        <source>Giriş yapılamadı.</source>
        <translation>Could not sign in.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/auth_messages.py" line="84"/>
        <source>Destek kodu: %1</source>
        <translation>Support code: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../insurup_desk/ui/main_window.py" line="150"/>
        <source>&amp;Dosya</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/main_window.py" line="151"/>
        <source>Çı&amp;kış</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/main_window.py" line="157"/>
        <source>&amp;Git</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/main_window.py" line="167"/>
        <source>&amp;Oturum</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/main_window.py" line="168"/>
        <source>Çıkış &amp;yap</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/main_window.py" line="172"/>
        <source>&amp;Araçlar</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/main_window.py" line="173"/>
        <source>&amp;Ayarlar…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/main_window.py" line="177"/>
        <source>&amp;Yardım</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/main_window.py" line="178"/>
        <source>&amp;Hakkında</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/main_window.py" line="251"/>
        <source>Uygulamayı kapatırsanız sonuç bir sonraki açılışta, her şeyden önce sigorta şirketinden sorulur ve size gösterilir. Bu satış için tekrar ödeme almayın.</source>
        <translation>If you close the application, the insurer is asked for the outcome first thing at the next start, and you are shown it. Do not take another payment for this sale.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/main_window.py" line="253"/>
        <source>Yine de &amp;kapat</source>
        <translation>&amp;Close anyway</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/main_window.py" line="253"/>
        <source>&amp;Açık kalsın</source>
        <translation>&amp;Keep it open</translation>
    </message>
</context>
<context>
    <name>MoneyQuestion</name>
    <message>
        <location filename="../../insurup_desk/ui/money_question.py" line="20"/>
        <source>Ödeme sürüyor</source>
        <translation>Payment in progress</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/money_question.py" line="21"/>
        <source>Bu satışın ödeme sonucu henüz belli değil.</source>
        <translation>The outcome of this sale&apos;s payment is not known yet.</translation>
    </message>
</context>
<context>
    <name>NoViewer</name>
    <message>
        <location filename="../../insurup_desk/ui/no_viewer.py" line="29"/>
        <source>PDF açılamadı</source>
        <translation>The PDF could not be opened</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/no_viewer.py" line="30"/>
        <source>Bu bilgisayarda PDF açacak bir program bulunamadı.</source>
        <translation>No program on this computer can open a PDF.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/no_viewer.py" line="33"/>
        <source>Dosyayı bir klasöre kaydedip başka bir bilgisayarda açabilir ya da bir PDF okuyucu kurduktan sonra tekrar deneyebilirsiniz.</source>
        <translation>You can save the file to a folder and open it on another computer, or install a PDF reader and try again.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/no_viewer.py" line="36"/>
        <source>&amp;Kaydet…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/no_viewer.py" line="37"/>
        <source>&amp;Kapat</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/no_viewer.py" line="43"/>
        <source>PDF&apos;i kaydet</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/no_viewer.py" line="44"/>
        <source>PDF belgesi (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>OfferDocuments</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="60"/>
        <source>Teminatlar getiriliyor…</source>
        <translation>Fetching coverages…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="66"/>
        <source>Karşılaştırmayı kaydet</source>
        <translation>Save comparison</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="67"/>
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="106"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="73"/>
        <source>Karşılaştırma kaydedildi: %1</source>
        <translation>Comparison saved: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="76"/>
        <source>Karşılaştırma hazırlanıyor…</source>
        <translation>Preparing comparison…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="87"/>
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="93"/>
        <source>Belge kaydedildi: %1</source>
        <translation>Document saved: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="98"/>
        <source>Belge indiriliyor…</source>
        <translation>Downloading document…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="106"/>
        <source>Belgeyi kaydet</source>
        <translation>Save document</translation>
    </message>
    <message numerus="yes">
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="122"/>
        <source>Karşılaştırma (%n teklif)</source>
        <translation>
            <numerusform>Comparison (%n offer)</numerusform>
            <numerusform>Comparison (%n offers)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="125"/>
        <source>Teklif belgesi — %1</source>
        <translation>Offer document — %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="127"/>
        <source>Bilgilendirme formu — %1</source>
        <translation>Information form — %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="136"/>
        <source>Gönderildi: %1</source>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_documents.py" line="148"/>
        <source>Teklif: %1</source>
        <translation>Offer: %1</translation>
    </message>
</context>
<context>
    <name>OfflineMarker</name>
    <message>
        <location filename="../../insurup_desk/ui/tables/offline_marker.py" line="35"/>
        <source>çevrimdışı — %1 verisi</source>
        <translation>offline — data from %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/tables/offline_marker.py" line="36"/>
        <source>Sunucuya ulaşılamıyor; bu bilgisayarda kayıtlı veriler gösteriliyor. Bağlantı gelince liste kendiliğinden yenilenir.</source>
        <translation>The server cannot be reached; data saved on this computer is shown. The list refreshes by itself when the connection is back.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../insurup_desk/ui/pages_registry.py" line="32"/>
        <source>Yeni satış</source>
        <translation>New sale</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages_registry.py" line="33"/>
        <source>Poliçeler</source>
        <translation>Policies</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages_registry.py" line="34"/>
        <source>Teklifler</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages_registry.py" line="35"/>
        <source>Müşteriler</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages_registry.py" line="36"/>
        <source>Yenilemeler</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages_registry.py" line="37"/>
        <source>Bekleyen işlemler</source>
        <translation>Pending operations</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages_registry.py" line="38"/>
        <source>Pano</source>
        <translation>Dashboard</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="54"/>
        <source>&amp;Kredi kartı</source>
        <translation>Credit &amp;card</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="55"/>
        <source>Açık &amp;hesap</source>
        <translation>&amp;Open account</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="74"/>
        <source>Ödeme yöntemi:</source>
        <translation>Payment method:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="109"/>
        <source>Ödeme alınıyor, lütfen bekleyin…</source>
        <translation>Taking payment, please wait…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="119"/>
        <source>Sigorta şirketiyle kontrol ediliyor</source>
        <translation>Checking with the insurer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="125"/>
        <source>Tekrar &amp;kontrol et</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="139"/>
        <source>Ödeme</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="153"/>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="160"/>
        <source>Teklif yükleniyor…</source>
        <translation>Loading quote…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="204"/>
        <source>Seçilen teklif artık geçerli değil; teklifler adımına dönün.</source>
        <translation>The selected quote is no longer valid; go back to the quotes step.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="229"/>
        <source>Peşin, toplam %1</source>
        <translation>Single payment, total %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="232"/>
        <source>%1 taksit × %2 = toplam %3</source>
        <translation>%1 instalments × %2 = total %3</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="265"/>
        <source> (%1 taksit × %2)</source>
        <translation> (%1 instalments × %2)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="268"/>
        <source>%1 tutarındaki ödeme %2 numaralı karttan alınacak.</source>
        <translation>A payment of %1 will be taken from card %2.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="271"/>
        <source>%1 tutarındaki ödeme acentenin açık hesabına yazılacak.</source>
        <translation>A payment of %1 will be charged to the agency&apos;s open account.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="273"/>
        <source>Kampanya / etiket: %1</source>
        <translation>Campaign / tag: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="276"/>
        <source>Onayladığınızda karttan ödeme hemen alınır ve poliçe düzenlenir.</source>
        <translation>When you confirm, the card is charged at once and the policy is issued.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="277"/>
        <source>Onayladığınızda tutar acentenin açık hesabına borç yazılır ve poliçe düzenlenir; karttan ödeme alınmaz.</source>
        <translation>When you confirm, the amount is debited to the agency&apos;s open account and the policy is issued; no card is charged.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="325"/>
        <source>Ödeme kaydı diske yazılamadı; güvenlik için ödeme gönderilmedi. Disk alanını ve veri klasörünün yazılabilir olduğunu kontrol edin.</source>
        <translation>The payment record could not be written to disk; for safety the payment was not sent. Check the free disk space and that the data folder is writable.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="342"/>
        <source>Ödemenin sonucu alınamadı. Çift ödeme olmaması için poliçe durumu sigorta şirketinden soruluyor; bu sırada tekrar ödeme alınamaz.</source>
        <translation>The payment result could not be received. To avoid a double charge, the policy status is being checked with the insurer; no new payment can be taken meanwhile.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="328"/>
        <source>Sigorta şirketi ödemenin gerçekleşmediğini bildirdi; yeniden deneyebilirsiniz.</source>
        <translation>The insurer reports that the payment did not go through; you can try again.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="66"/>
        <source>Ödemey&amp;e geç</source>
        <translation>&amp;Proceed to payment</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="91"/>
        <source>Düzelt</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="92"/>
        <source>Ödemeyi o&amp;nayla</source>
        <translation>Con&amp;firm payment</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="235"/>
        <source>%1 · %2
Müşteri: %3 · %4: %5
Ödeme planı: %6</source>
        <translation>%1 · %2
Customer: %3 · %4: %5
Payment plan: %6</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="345"/>
        <source>Sigorta şirketi işlemi hâlâ sürdürüyor. Birkaç dakika sonra &apos;Tekrar kontrol et&apos; ile sorun; tekrar ödeme almayın.</source>
        <translation>The insurer is still processing. Ask again with &apos;Check again&apos; in a few minutes; do not take the payment again.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="350"/>
        <source>Sonuç hâlâ öğrenilemedi (bağlantı sorunu olabilir). &apos;Tekrar kontrol et&apos; ile yeniden sorun; tekrar ödeme almayın.</source>
        <translation>The result is still unknown (possibly a connection problem). Ask again with &apos;Check again&apos;; do not take the payment again.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/payment_page.py" line="288"/>
        <source>Ödeme yapmak</source>
        <translation>Taking a payment</translation>
    </message>
</context>
<context>
    <name>PdfPrintJob</name>
    <message>
        <location filename="../../insurup_desk/ui/printing/print_job.py" line="55"/>
        <source>Yazdır: %1</source>
        <translation>Print: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/printing/print_job.py" line="69"/>
        <source>Baskı önizleme: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/printing/print_job.py" line="76"/>
        <source>Sayfa yapısı: %1</source>
        <translation>Page setup: %1</translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="71"/>
        <source>Bekleyen işlemler</source>
        <translation>Pending operations</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="79"/>
        <source>Tür</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="79"/>
        <source>Kayıt</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="79"/>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="80"/>
        <source>Sunucu mesajı</source>
        <translation>Server message</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="80"/>
        <source>Girildiği zaman</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="96"/>
        <source>Şimdi &amp;gönder</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="97"/>
        <source>&amp;Yeniden dene</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="98"/>
        <source>&amp;Sil (Del)</source>
        <translation>&amp;Delete (Del)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="139"/>
        <source>Müşteri</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="139"/>
        <source>Araç</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="140"/>
        <source>✖ Gönderilemedi</source>
        <translation>✖ Not sent</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="140"/>
        <source>⏳ Gönderilmeyi bekliyor</source>
        <translation>⏳ Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="141"/>
        <source>Hat gelince kendiliğinden gönderilecek.</source>
        <translation>Will be sent automatically when the line is back.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="156"/>
        <source>Bekleyen işlem yok. Bağlantı yokken girilen müşteri ve araçlar burada görünür ve hat gelince kendiliğinden gönderilir.</source>
        <translation>Nothing is pending. Customers and vehicles entered while offline appear here and are sent automatically when the line is back.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="161"/>
        <source>%1 kayıt hat gelince gönderilecek.</source>
        <translation>%1 record(s) will be sent when the line is back.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="163"/>
        <source>%1 kayıt gönderilemedi: satırı seçip yeniden deneyin ya da silin.</source>
        <translation>%1 record(s) could not be sent: select the row and retry or delete it.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="188"/>
        <source>Bekleyen kayıtlar gönderiliyor…</source>
        <translation>Sending pending records…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="195"/>
        <source>Yeniden gönderiliyor…</source>
        <translation>Sending again…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="199"/>
        <source>Bağlantı yok; kayıtlar hat gelince gönderilecek.</source>
        <translation>No connection; the records will be sent when the line is back.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="207"/>
        <source>Kaydı sil</source>
        <translation>Delete record</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="208"/>
        <source>&apos;%1&apos; kaydı sunucuya gönderilmeden silinsin mi? Bu işlem geri alınamaz.</source>
        <translation>Delete &apos;%1&apos; without sending it to the server? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="210"/>
        <source>&amp;Sil</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_page.py" line="211"/>
        <source>&amp;Vazgeç</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>PoliciesPage</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="80"/>
        <source>Poliçeler</source>
        <translation>Policies</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="81"/>
        <source>Ara: poliçe no, sigortalı adı, TCKN/VKN veya plaka (Ctrl+F)</source>
        <translation>Search: policy no., insured, TCKN/VKN or plate (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="89"/>
        <source>Branş</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="90"/>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="91"/>
        <source>Şirket</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="92"/>
        <source>Başlangıç</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="93"/>
        <source>Bitiş</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="144"/>
        <source>%1 poliçe</source>
        <translation>%1 policies</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="147"/>
        <source>Bu arama ve filtrelerle eşleşen poliçe yok. Aramayı temizleyin veya filtreleri gevşetin.</source>
        <translation>No policies match this search and these filters. Clear the search or relax the filters.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="150"/>
        <source>policeler</source>
        <translation>policies</translation>
    </message>
</context>
<context>
    <name>PolicyColumns</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="29"/>
        <source>Poliçe no</source>
        <translation>Policy no.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="30"/>
        <source>Sigortalı</source>
        <translation>Insured</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="31"/>
        <source>TCKN / VKN</source>
        <translation>TCKN / VKN</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="33"/>
        <source>Branş</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="35"/>
        <source>Plaka / adres</source>
        <translation>Plate / address</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="37"/>
        <source>DASK poliçe no</source>
        <translation>DASK policy no.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="38"/>
        <source>Brüt prim</source>
        <translation>Gross premium</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="40"/>
        <source>Net prim</source>
        <translation>Net premium</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="42"/>
        <source>Başlangıç</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="44"/>
        <source>Bitiş</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="45"/>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="47"/>
        <source>Sigorta şirketi</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="48"/>
        <source>Ürün</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="49"/>
        <source>Marka</source>
        <translation>Make</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="50"/>
        <source>Düzenlenme</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policies.py" line="53"/>
        <source>Kampanya</source>
        <translation>Campaign</translation>
    </message>
</context>
<context>
    <name>PolicyDetailPane</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="41"/>
        <source>İlk düzenleme</source>
        <translation>Original issue</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="42"/>
        <source>İptal</source>
        <translation>Cancellation</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="43"/>
        <source>Zeyil</source>
        <translation>Endorsement</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="70"/>
        <source>Bir poliçe seçin</source>
        <translation>Select a policy</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="84"/>
        <source>Poliçe</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="85"/>
        <source>Poliçe no</source>
        <translation>Policy no.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="86"/>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="87"/>
        <source>Branş</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="88"/>
        <source>Sigorta şirketi</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="89"/>
        <source>Şirket teklif no</source>
        <translation>Insurer quote no.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="90"/>
        <source>Başlangıç – bitiş</source>
        <translation>Start – end</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="91"/>
        <source>Tanzim</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="92"/>
        <source>Kampanya / etiket</source>
        <translation>Campaign / tag</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="93"/>
        <source>Prim</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="94"/>
        <source>Net prim</source>
        <translation>Net premium</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="95"/>
        <source>Brüt prim</source>
        <translation>Gross premium</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="96"/>
        <source>Komisyon</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="97"/>
        <source>Ödeme</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="98"/>
        <source>Taraflar</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="99"/>
        <source>Sigortalı</source>
        <translation>Insured</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="100"/>
        <source>Sigorta ettiren</source>
        <translation>Policyholder</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="101"/>
        <source>Araç</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="102"/>
        <source>Plaka</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="103"/>
        <source>Marka / model</source>
        <translation>Make / model</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="104"/>
        <source>Konut</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="105"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="106"/>
        <source>DASK poliçe no</source>
        <translation>DASK policy no.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="107"/>
        <source>Sürümler</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="116"/>
        <source>PDF&apos;i aç</source>
        <translation>Open PDF</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="117"/>
        <source>Poliçe PDF&apos;ini indirip varsayılan görüntüleyicide aç</source>
        <translation>Download the policy PDF and open it in the default viewer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="119"/>
        <source>Kaydet…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="120"/>
        <source>Poliçe PDF&apos;ini bir dosyaya kaydet</source>
        <translation>Save the policy PDF to a file</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="123"/>
        <source>Gönder…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="124"/>
        <source>Poliçeyi müşteriye e-posta veya SMS ile gönder</source>
        <translation>Send the policy to the customer by e-mail or SMS</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="128"/>
        <source>Poliçe %1</source>
        <translation>Policy %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="283"/>
        <source>Poliçe belgesi</source>
        <translation>Policy document</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="287"/>
        <source>Poliçe gönderildi: %1</source>
        <translation>Policy sent: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="165"/>
        <source>Poliçe yükleniyor…</source>
        <translation>Loading policy…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="173"/>
        <source>Poliçe bilgileri alınıyor…</source>
        <translation>Fetching policy details…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="196"/>
        <source>Poliçe %1 — %2</source>
        <translation>Policy %1 — %2</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="212"/>
        <source>%1, %2 taksit</source>
        <translation>%1, %2 instalments</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="229"/>
        <source>Güncel sürüm: v%1</source>
        <translation>Current version: v%1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="254"/>
        <source>PDF kaydedildi: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="257"/>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="271"/>
        <source>PDF indiriliyor…</source>
        <translation>Downloading PDF…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/policy_detail.py" line="270"/>
        <source>Kaydedildi: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>PrintButton</name>
    <message>
        <location filename="../../insurup_desk/ui/printing/print_button.py" line="38"/>
        <source>Sunucudan gelen belge açılamadı (bozuk ya da eksik indirilmiş); yazdırılmadı. Belgeyi biraz sonra yeniden yazdırmayı deneyin; sorun sürerse sigorta şirketinden belgeyi yeniden isteyin.</source>
        <translation>The document from the server could not be opened (damaged or incompletely downloaded); nothing was printed. Try printing it again in a moment; if the problem persists, ask the insurer for the document again.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/printing/print_button.py" line="110"/>
        <source>Ya&amp;zdır</source>
        <translation>&amp;Print</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/printing/print_button.py" line="111"/>
        <source>Belgenin kendisini (PDF) yazdırır: önizleme, sayfa yapısı ve yazıcı seçimiyle</source>
        <translation>Prints the document itself (PDF): with preview, page setup and printer choice</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/printing/print_button.py" line="62"/>
        <source>&amp;Yazdır…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/printing/print_button.py" line="63"/>
        <source>Baskı ö&amp;nizleme…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/printing/print_button.py" line="65"/>
        <source>&amp;Sayfa yapısı…</source>
        <translation>Page &amp;setup…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/printing/print_button.py" line="99"/>
        <source>Belge yazdırmak için indiriliyor…</source>
        <translation>Downloading the document to print…</translation>
    </message>
</context>
<context>
    <name>PrintJob</name>
    <message>
        <location filename="../../insurup_desk/ui/printing/print_job.py" line="27"/>
        <source>Seçilen sayfa aralığında yazdırılacak sayfa yok; belge %1 sayfa.</source>
        <translation>The chosen page range holds no page to print; the document has %1 pages.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/printing/print_job.py" line="30"/>
        <source>Yazıcı işi başlatamadı. Yazıcının açık ve bağlı olduğunu ya da seçilen dosyanın yazılabilir olduğunu kontrol edin.</source>
        <translation>The printer could not start the job. Check that the printer is on and connected, or that the chosen file can be written.</translation>
    </message>
</context>
<context>
    <name>PropertyFormWidget</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="68"/>
        <source>10 haneli UAVT adres kodu</source>
        <translation>10-digit UAVT address code</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="71"/>
        <source>Adres&amp;i getir</source>
        <translation>Get the addr&amp;ess</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="72"/>
        <source>Adres &amp;listesinden seç</source>
        <translation>Choose from the address &amp;lists</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="75"/>
        <source>Önceki DASK poliçe no</source>
        <translation>Earlier DASK policy no.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="77"/>
        <source>DASK poliçesinden &amp;bul</source>
        <translation>Find from a DASK &amp;policy</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="102"/>
        <source>— seçin —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="117"/>
        <source>UAVT adres kodu</source>
        <translation>UAVT address code</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="120"/>
        <source>Önceki DASK poliçesi</source>
        <translation>Earlier DASK policy</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="127"/>
        <source>Brüt alan (m²)</source>
        <translation>Gross area (m²)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="133"/>
        <source>Yapım yılı</source>
        <translation>Year built</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="134"/>
        <source>Binanın kat sayısı</source>
        <translation>Floors in the building</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="135"/>
        <source>Bulunduğu kat</source>
        <translation>Floor of the flat</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="136"/>
        <source>Yapı tarzı</source>
        <translation>Construction</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="137"/>
        <source>Kullanım şekli</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="138"/>
        <source>Hasar durumu</source>
        <translation>Damage state</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="139"/>
        <source>Sahiplik durumu</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="141"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="142"/>
        <source>Kaydet ve de&amp;vam et</source>
        <translation>Sa&amp;ve and continue</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="153"/>
        <source>Adresi UAVT adres koduyla, adres listesinden ya da önceki DASK poliçesinden bulun; sonra binanın bilgilerini girin.</source>
        <translation>Find the address by its UAVT address code, from the address lists or from an earlier DASK policy; then enter the building&apos;s facts.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_form_widget.py" line="210"/>
        <source>Adres: %1</source>
        <translation>Address: %1</translation>
    </message>
</context>
<context>
    <name>PropertyLabels</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="11"/>
        <source>Çelik betonarme</source>
        <translation>Reinforced concrete</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="12"/>
        <source>Diğer (yığma, ahşap…)</source>
        <translation>Other (masonry, wood…)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="16"/>
        <source>Konut</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="17"/>
        <source>İşyeri</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="18"/>
        <source>Diğer</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="22"/>
        <source>Hasarsız</source>
        <translation>Undamaged</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="23"/>
        <source>Az hasarlı</source>
        <translation>Slightly damaged</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="24"/>
        <source>Orta hasarlı</source>
        <translation>Moderately damaged</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="25"/>
        <source>Ağır hasarlı</source>
        <translation>Severely damaged</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="29"/>
        <source>Mal sahibi</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="30"/>
        <source>Kiracı</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="35"/>
        <source>Bina ve eşya</source>
        <translation>Building and contents</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="36"/>
        <source>Yalnız eşya</source>
        <translation>Contents only</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="37"/>
        <source>Yalnız bina</source>
        <translation>Building only</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="44"/>
        <source>%1 kat ve üzeri</source>
        <translation>%1 floors or more</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="46"/>
        <source>%1–%2 kat</source>
        <translation>%1–%2 floors</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="54"/>
        <source>%1 ve öncesi</source>
        <translation>%1 or earlier</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="56"/>
        <source>%1 ve sonrası</source>
        <translation>%1 or later</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="62"/>
        <source>Bu alan zorunlu.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="63"/>
        <source>UAVT adres kodu 10 haneli bir sayı olmalı (e-Devlet&apos;teki adres kodu).</source>
        <translation>The UAVT address code is a 10-digit number (the address code on e-Devlet).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="65"/>
        <source>DASK poliçe numarası en çok 15 rakam olmalı.</source>
        <translation>A DASK policy number has at most 15 digits.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="67"/>
        <source>Brüt alan 10 ile 10.000 m² arasında olmalı.</source>
        <translation>The gross area must be between 10 and 10,000 m².</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="69"/>
        <source>Yapım yılı 1900 ile bu yıl arasında olmalı.</source>
        <translation>The year built must be between 1900 and this year.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="71"/>
        <source>Bulunduğu kat -5 ile binanın kat sayısı arasında olmalı.</source>
        <translation>The flat&apos;s floor must be between -5 and the building&apos;s floor count.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="73"/>
        <source>Bu UAVT adres koduyla kayıtlı adres bulunamadı; kodu kontrol edin ya da adresi listeden seçin.</source>
        <translation>No address is registered under this UAVT address code; check the code or choose the address from the lists.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="76"/>
        <source>Bu DASK poliçe numarasıyla kayıtlı bina bulunamadı; numarayı kontrol edin.</source>
        <translation>No building is registered under this DASK policy number; check the number.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_labels.py" line="78"/>
        <source>Tutar 0 ile 100.000.000 TL arasında olmalı.</source>
        <translation>The amount must be between 0 and 100,000,000 TL.</translation>
    </message>
</context>
<context>
    <name>PropertyPage</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_page.py" line="28"/>
        <source>Y&amp;eni konut</source>
        <translation>N&amp;ew home</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_page.py" line="28"/>
        <source>↑/↓ ile konutu seçip Enter&apos;a basın.</source>
        <translation>Choose the home with ↑/↓ and press Enter.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_page.py" line="88"/>
        <source>Müşteri bağlantı gelince gönderilecek; konut ancak ondan sonra kaydedilebilir. DASK ve konut satışı için bağlantıyı bekleyin.</source>
        <translation>The customer will be sent when the line is back; a home can be registered only after that. Wait for the line to sell DASK or Konut.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_page.py" line="29"/>
        <source>Bu müşterinin kayıtlı konutu yok. Ctrl+N ile yeni konut ekleyin.</source>
        <translation>This customer has no registered home. Add one with Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_page.py" line="98"/>
        <source>Konutlar yükleniyor…</source>
        <translation>Loading homes…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_page.py" line="123"/>
        <source>Adres sorgulanıyor…</source>
        <translation>Looking up the address…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_page.py" line="139"/>
        <source>DASK poliçesi sorgulanıyor…</source>
        <translation>Looking up the DASK policy…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_page.py" line="165"/>
        <source>Adres listesi yükleniyor…</source>
        <translation>Loading the address list…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_page.py" line="184"/>
        <source>Bu konut müşteride zaten kayıtlı; kayıtlı olan seçildi.</source>
        <translation>This home is already registered to the customer; the registered one was chosen.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/property_page.py" line="189"/>
        <source>Konut kaydediliyor…</source>
        <translation>Saving the home…</translation>
    </message>
</context>
<context>
    <name>ProposalColumns</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="27"/>
        <source>Tarih</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="29"/>
        <source>Sigortalı</source>
        <translation>Insured</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="30"/>
        <source>TCKN / VKN</source>
        <translation>TCKN / VKN</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="32"/>
        <source>Branş</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="34"/>
        <source>Plaka / adres</source>
        <translation>Plate / address</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="36"/>
        <source>Marka</source>
        <translation>Make</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="37"/>
        <source>Fiyat veren</source>
        <translation>Quoted</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="38"/>
        <source>Şirket</source>
        <translation>Insurers</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="40"/>
        <source>En düşük prim</source>
        <translation>Lowest premium</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="41"/>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ProposalDetailPane</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="59"/>
        <source>Bir teklif seçin</source>
        <translation>Select a proposal</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="73"/>
        <source>Sigorta şirketi</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="73"/>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="73"/>
        <source>Brüt prim</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="73"/>
        <source>Taksit</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="81"/>
        <source>Satışı tamamla</source>
        <translation>Complete the sale</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="83"/>
        <source>Bu teklifin fiyatlarını satış ekranında açar; ödeme oradan alınır.</source>
        <translation>Opens this proposal&apos;s quotes on the sales screen; the payment is taken there.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="87"/>
        <source>Aynı araç için yeni teklif</source>
        <translation>Re-quote this vehicle</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="91"/>
        <source>Teklifi ya&amp;zdır</source>
        <translation>Pr&amp;int offer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="93"/>
        <source>Müşteriye gönder…</source>
        <translation>Send to customer…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="94"/>
        <source>Karşılaştırmayı, teklif belgesini veya bilgilendirme formunu e-posta ya da SMS ile gönderir (seçili teklif).</source>
        <translation>Sends the comparison, the offer document or the information form by e-mail or SMS (selected offer).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="130"/>
        <source>Teklif yükleniyor…</source>
        <translation>Loading proposal…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="138"/>
        <source>Teklifler alınıyor…</source>
        <translation>Fetching quotes…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="166"/>
        <source>%1 teklifi — %2</source>
        <translation>%1 proposal — %2</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="169"/>
        <source>%1 · %2 · %3/%4 şirket fiyat verdi</source>
        <translation>%1 · %2 · %3/%4 insurers quoted</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="231"/>
        <source>Teklif: %1</source>
        <translation>Offer: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="265"/>
        <source>Karşılaştırma (%n teklif)</source>
        <translation>
            <numerusform>Comparison (%n offer)</numerusform>
            <numerusform>Comparison (%n offers)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="272"/>
        <source>Teklif belgesi — %1</source>
        <translation>Offer document — %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="274"/>
        <source>Bilgilendirme formu — %1</source>
        <translation>Information form — %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposal_detail.py" line="154"/>
        <source>Çevrimdışı: satışı tamamlamak için bağlantı gerekir.</source>
        <translation>Offline: completing the sale needs a connection.</translation>
    </message>
</context>
<context>
    <name>ProposalsPage</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="62"/>
        <source>Teklifler</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="63"/>
        <source>Ara: sigortalı adı, TCKN/VKN, plaka veya marka (Ctrl+F)</source>
        <translation>Search: insured name, TCKN/VKN, plate or make (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="71"/>
        <source>Branş</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="72"/>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="73"/>
        <source>Tarih</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="99"/>
        <source>%1 teklif</source>
        <translation>%1 proposals</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="102"/>
        <source>Eşleşen teklif yok. Yeni bir teklif için “Yeni satış” sayfasını kullanın.</source>
        <translation>No matching proposals. Use the “New sale” page for a new proposal.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/proposals.py" line="105"/>
        <source>teklifler</source>
        <translation>proposals</translation>
    </message>
</context>
<context>
    <name>PurchaseOutcomeBox</name>
    <message>
        <location filename="../../insurup_desk/ui/purchase_outcomes.py" line="50"/>
        <source>Ödeme sonuçları</source>
        <translation>Payment outcomes</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/purchase_outcomes.py" line="51"/>
        <source>Ekranda sonucu görülmeyen ödemeler kontrol edildi:</source>
        <translation>Payments whose outcome was not seen on screen have been checked:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/purchase_outcomes.py" line="53"/>
        <source>&amp;Tamam</source>
        <translation>&amp;OK</translation>
    </message>
</context>
<context>
    <name>PurchaseOutcomes</name>
    <message>
        <location filename="../../insurup_desk/ui/purchase_outcomes.py" line="22"/>
        <source>teklif %1, %2</source>
        <translation>proposal %1, %2</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/purchase_outcomes.py" line="26"/>
        <source>✔ Poliçe düzenlendi: poliçe no %1 (%2).</source>
        <translation>✔ Policy issued: policy no %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/purchase_outcomes.py" line="30"/>
        <source>✖ Ödeme gerçekleşmedi, para çekilmedi (%1). Yeniden ödeme alınabilir.</source>
        <translation>✖ The payment did not go through, nothing was charged (%1). It may be paid again.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/purchase_outcomes.py" line="33"/>
        <source>⏳ Sonuç henüz belli değil (%1): kontrol sürüyor; bu satış için tekrar ödeme almayın.</source>
        <translation>⏳ The outcome is not known yet (%1): still checking; do not take another payment for this sale.</translation>
    </message>
</context>
<context>
    <name>PurchasesPanel</name>
    <message>
        <location filename="../../insurup_desk/ui/pending_purchases.py" line="36"/>
        <source>Ödemeler</source>
        <translation>Payments</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_purchases.py" line="44"/>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_purchases.py" line="44"/>
        <source>Teklif</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_purchases.py" line="44"/>
        <source>Poliçe no</source>
        <translation>Policy no</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_purchases.py" line="45"/>
        <source>Ödeme zamanı</source>
        <translation>Paid at</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_purchases.py" line="53"/>
        <source>Ödemeleri şimdi &amp;kontrol et</source>
        <translation>&amp;Check payments now</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_purchases.py" line="74"/>
        <source>Ödemeler sigorta şirketlerinden soruluyor…</source>
        <translation>Asking the insurers about the payments…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_purchases.py" line="97"/>
        <source>%1 ödemenin sonucu henüz belli değil; uygulama arka planda sormaya devam ediyor. Bu satışlar için tekrar ödeme almayın.</source>
        <translation>The outcome of %1 payment(s) is not known yet; the application keeps asking in the background. Do not take another payment for these sales.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_purchases.py" line="101"/>
        <source>Sonucu bekleyen ödeme yok.</source>
        <translation>No payment is waiting for its outcome.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_purchases.py" line="106"/>
        <source>✔ Poliçe düzenlendi</source>
        <translation>✔ Policy issued</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_purchases.py" line="108"/>
        <source>✖ Ödeme gerçekleşmedi</source>
        <translation>✖ Payment did not go through</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pending_purchases.py" line="109"/>
        <source>⏳ Sonuç bekleniyor</source>
        <translation>⏳ Waiting for the outcome</translation>
    </message>
</context>
<context>
    <name>QuotesModel</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="39"/>
        <source>Sigorta şirketi</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="39"/>
        <source>Ürün</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="39"/>
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="39"/>
        <source>Brüt prim</source>
        <translation>Premium</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="40"/>
        <source>Taksit seçenekleri</source>
        <translation>Instalment options</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="40"/>
        <source>İndirim / uyarı</source>
        <translation>Discount / alert</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="40"/>
        <source>Geçen yıla göre</source>
        <translation>Against last year</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="159"/>
        <source> (robot)</source>
        <translation> (robot)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="166"/>
        <source>Peşin</source>
        <translation>Single payment</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="166"/>
        <source>%1 taksit</source>
        <translation>%1×</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="177"/>
        <source>%1 · yeniden çalışıldı</source>
        <translation>%1 · revised</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="183"/>
        <source>Yeniden fiyatlanıyor (%1 sn)</source>
        <translation>Pricing again (%1 s)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="186"/>
        <source>Bekleniyor (%1 sn)</source>
        <translation>Waiting (%1 s)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="188"/>
        <source>Başarısız: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="188"/>
        <source>fiyat verilemedi</source>
        <translation>no price given</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="190"/>
        <source>Satın alındı</source>
        <translation>Purchased</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="192"/>
        <source>Satın alınıyor</source>
        <translation>Purchasing</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="195"/>
        <source>★ En iyi fiyat</source>
        <translation>★ Best price</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="197"/>
        <source>Fiyat geldi · ödenemez (robot)</source>
        <translation>Priced · cannot be paid (robot)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="199"/>
        <source>Fiyat geldi · bu kanaldan ödenemez</source>
        <translation>Priced · cannot be paid here</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="200"/>
        <source>Fiyat geldi</source>
        <translation>Priced</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="207"/>
        <source>Hasarsızlık indirimi</source>
        <translation>No-claims discount</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="209"/>
        <source>Meslek indirimi</source>
        <translation>Occupation discount</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_model.py" line="211"/>
        <source>⚠ Şirket incelemesi gerekli</source>
        <translation>⚠ Insurer review required</translation>
    </message>
</context>
<context>
    <name>QuotesPage</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="77"/>
        <source>&amp;Trafik</source>
        <translation>&amp;Trafik</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="155"/>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="571"/>
        <source>Bu teklifle de&amp;vam et</source>
        <translation>Co&amp;ntinue with this quote</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="171"/>
        <source>Teminat grubu:</source>
        <translation>Coverage group:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="174"/>
        <source>Başlangıç:</source>
        <translation>Start:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="206"/>
        <source>Teklifler</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="258"/>
        <source>Yenileme · geçen yıl: %1 · brüt prim %2 · her teklifin değişimi &apos;Geçen yıla göre&apos; sütununda</source>
        <translation>Renewal · last year: %1 · gross premium %2 · each offer&apos;s change is in the &apos;Against last year&apos; column</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="278"/>
        <source>Ödenebilir bir teklif seçin (robot ürünler ve başarısız teklifler bu kanaldan satın alınamaz).</source>
        <translation>Select a payable quote (robot products and failed quotes cannot be bought through this channel).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="304"/>
        <source>Bu teklifte %1 taksitli plan yok.</source>
        <translation>This offer has no %1-installment plan.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="361"/>
        <source>Teklif isteniyor…</source>
        <translation>Requesting quotes…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="367"/>
        <source>Yenileme dönemi dışında</source>
        <translation>Outside the renewal period</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="369"/>
        <source>Sigorta şirketleri yine de fiyat verebilir; mevcut poliçe bitmeden yeni poliçe başlayabilir. Teklifler yine de istensin mi?</source>
        <translation>Insurers may still quote; the new policy may start before the current one ends. Ask for quotes anyway?</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="371"/>
        <source>Yine de teklif al</source>
        <translation>Get quotes anyway</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="372"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="381"/>
        <source>Yenileme dönemi dışında olduğu için teklif istenmedi.</source>
        <translation>No quotes were asked for, as the vehicle is outside its renewal period.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="400"/>
        <source>Sigorta şirketlerine soruluyor…</source>
        <translation>Asking the insurers…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="425"/>
        <source>%1/%2 şirket yanıt verdi</source>
        <translation>%1/%2 insurers answered</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="434"/>
        <source>● canlı</source>
        <translation>● live</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="434"/>
        <source>yoklama</source>
        <translation>polling</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="435"/>
        <source>Fiyatlar sigorta şirketi yanıt verdiği anda geliyor.</source>
        <translation>Prices arrive the moment each insurer answers.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="436"/>
        <source>Anlık bağlantı yok; fiyatlar birkaç saniyede bir sorularak alınıyor.</source>
        <translation>No live connection; prices are fetched every few seconds.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="458"/>
        <source>Bu teklif artık sunucuda yok (eğitim sunucusu yeniden başlamış olabilir). Aynı müşteri ve araç için teklifleri yeniden istemek için Enter&apos;a basın.</source>
        <translation>This proposal is no longer on the server (the training server may have restarted). Press Enter to ask for quotes again for the same customer and vehicle.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="472"/>
        <source>5 dakika içinde yanıt vermeyen şirketler oldu. Satırı seçip F5 ile yeniden sorabilirsiniz.</source>
        <translation>Some insurers did not answer within 5 minutes. Select a row and press F5 to ask again.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="475"/>
        <source>Hiçbir sigorta şirketi fiyat veremedi. Araç ve müşteri bilgilerini kontrol edin ya da başarısız satırları F5 ile yeniden deneyin.</source>
        <translation>No insurer could give a price. Check the vehicle and customer details, or retry the failed rows with F5.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="478"/>
        <source>Ödenebilir fiyat gelmedi; robot ürünler bu kanaldan satın alınamaz.</source>
        <translation>No payable price came in; robot products cannot be bought through this channel.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="495"/>
        <source>Branşı ve başlangıç tarihini seçip Enter&apos;a basın.</source>
        <translation>Choose the line and start date, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="545"/>
        <source>Peşin: %1</source>
        <translation>Single payment: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="547"/>
        <source>%1 taksit × %2 (toplam %3)</source>
        <translation>%1 instalments × %2 (total %3)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="573"/>
        <source>peşin</source>
        <translation>single payment</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="573"/>
        <source>%1 taksit</source>
        <translation>%1 instalments</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="575"/>
        <source>%1 · %2 · %3 ile de&amp;vam et</source>
        <translation>Co&amp;ntinue with %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="597"/>
        <source>Yeniden soruluyor…</source>
        <translation>Asking again…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="615"/>
        <source>Gruplarla yeniden çalış</source>
        <translation>Revise with groups</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="616"/>
        <source>Tüm şirketleri başka teminat gruplarıyla yeniden fiyatlat</source>
        <translation>Have every insurer price again with other coverage groups</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="617"/>
        <source>Teminatları değiştir</source>
        <translation>Change coverages</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="618"/>
        <source>Seçili Kasko teklifini başka teminat seçenekleriyle yeniden fiyatlat</source>
        <translation>Have the selected Kasko offer priced again with other coverage options</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="628"/>
        <source>Önce Kasko teklifleri alın; teminat grubuyla yeniden çalışma Kasko içindir.</source>
        <translation>Get Kasko quotes first; revising with coverage groups is for Kasko.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="648"/>
        <source>Teklif seçilen teminat gruplarıyla yeniden çalışıldı; önceki teklifler listeden kaldırıldı.</source>
        <translation>The proposal was revised with the chosen coverage groups; the previous offers were taken off the list.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="653"/>
        <source>Teklif yeniden çalışılıyor…</source>
        <translation>Revising the proposal…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="660"/>
        <source>Teminatlarını değiştirmek için fiyatı gelmiş ya da başarısız bir Kasko teklifi seçin.</source>
        <translation>To change coverages, select a priced or failed Kasko offer.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="666"/>
        <source>%1 bu ürün için teminat seçeneği sunmuyor.</source>
        <translation>%1 offers no coverage options for this product.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="676"/>
        <source>Teminat seçenekleri okunuyor…</source>
        <translation>Reading coverage options…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="695"/>
        <source>Yeniden fiyatlanıyor…</source>
        <translation>Pricing again…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="390"/>
        <source>Teklif almak</source>
        <translation>Getting quotes</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="78"/>
        <source>Ka&amp;sko</source>
        <translation>K&amp;asko</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="90"/>
        <source>T&amp;eklifleri al</source>
        <translation>&amp;Get quotes</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="141"/>
        <source>Fiyata göre</source>
        <translation>By price</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="142"/>
        <source>Şirkete göre</source>
        <translation>By insurer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="151"/>
        <source>Tekrar de&amp;ne</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="152"/>
        <source>Te&amp;minatlar / karşılaştır</source>
        <translation>&amp;Coverages / compare</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="192"/>
        <source>Ödeme p&amp;lanı:</source>
        <translation>Payment p&amp;lan:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="231"/>
        <source>Müşteri: %1 · %2: %3</source>
        <translation>Customer: %1 · %2: %3</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/quotes_page.py" line="391"/>
        <source>Teklifler hat gelince kendiliğinden istenecek.</source>
        <translation>Quotes will be requested automatically when the line is back.</translation>
    </message>
</context>
<context>
    <name>RelativeRow</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="125"/>
        <source>boy, cm</source>
        <translation>height, cm</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_form_widget.py" line="126"/>
        <source>kilo, kg</source>
        <translation>weight, kg</translation>
    </message>
</context>
<context>
    <name>RenewAction</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/renew_action.py" line="23"/>
        <source>Yenileme satışı</source>
        <translation>Renewal sale</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renew_action.py" line="25"/>
        <source>Aynı müşteri, araç ve branş için yenileme tekliflerini hemen iste</source>
        <translation>Ask for renewal quotes for the same customer, vehicle and line right away</translation>
    </message>
</context>
<context>
    <name>RenewalColumns</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="57"/>
        <source>Bitiş</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="59"/>
        <source>Kalan</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="62"/>
        <source>Yenileme</source>
        <translation>Renewal</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="64"/>
        <source>Sigortalı</source>
        <translation>Insured</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="65"/>
        <source>Branş</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="67"/>
        <source>Plaka / adres</source>
        <translation>Plate / address</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="69"/>
        <source>Mevcut şirket</source>
        <translation>Current insurer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="70"/>
        <source>Geçen yılki prim</source>
        <translation>Last year&apos;s premium</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="72"/>
        <source>Poliçe no</source>
        <translation>Policy no.</translation>
    </message>
</context>
<context>
    <name>RenewalsPage</name>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="100"/>
        <source>Yenilemeler</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="101"/>
        <source>Ara: sigortalı, TCKN/VKN, plaka (Ctrl+F)</source>
        <translation>Search: insured, TCKN/VKN, plate (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="112"/>
        <source> gün</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="115"/>
        <source>Önümüzdeki</source>
        <translation>In-force policies ending within</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="117"/>
        <source>içinde biten yürürlükteki poliçeler</source>
        <translation>from today</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="118"/>
        <source>Branş</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="123"/>
        <source>Yenileme satışını başlat</source>
        <translation>Start renewal sale</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="151"/>
        <source>Yenilendi: %1</source>
        <translation>Renewed: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="179"/>
        <source>%1 poliçe %2 gün içinde bitiyor</source>
        <translation>%1 policies end within %2 days</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="183"/>
        <source>Önümüzdeki %1 günde biten yürürlükte poliçe yok. Gün sayısını artırabilirsiniz.</source>
        <translation>No in-force policies end in the next %1 days. You can increase the number of days.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="187"/>
        <source>yenilemeler</source>
        <translation>renewals</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="201"/>
        <source>Önce listeden bir poliçe seçin.</source>
        <translation>Select a policy from the list first.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/pages/renewals.py" line="204"/>
        <source>Bu branşın yenilemesi masadan yapılamıyor; yalnızca Trafik ve Kasko yenilenebilir.</source>
        <translation>This line cannot be renewed at the desk; only Trafik and Kasko can.</translation>
    </message>
</context>
<context>
    <name>ResumePrompt</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="27"/>
        <source>Yarım kalan satış</source>
        <translation>Unfinished sale</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="28"/>
        <source>Yarım kalan satışa devam edilsin mi?</source>
        <translation>Continue the unfinished sale?</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="30"/>
        <source>&amp;Devam et</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="31"/>
        <source>&amp;Vazgeç ve sil</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="41"/>
        <source>Müşteri</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="41"/>
        <source>Teklifler</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="41"/>
        <source>Ne sigortalanacak?</source>
        <translation>What do we insure?</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="42"/>
        <source>Ödeme</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="47"/>
        <source>Adım: %1</source>
        <translation>Step: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="49"/>
        <source>Müşteri: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="51"/>
        <source>Araç: %1</source>
        <translation>Vehicle: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="53"/>
        <source>Konut: %1</source>
        <translation>Home: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="55"/>
        <source>Bu satışın ödemesi sürerken uygulama kapandı. Devam ettiğinizde ödemenin sonucu sigorta şirketinden sorulur; poliçe düzenlendiyse gösterilir.</source>
        <translation>The desk closed while this sale was being paid. When you continue, the insurer is asked for the outcome; if the policy was issued, it is shown.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="58"/>
        <source>Son kayıt: %1</source>
        <translation>Last saved: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="59"/>
        <source>Kart bilgileri güvenlik gereği saklanmaz; ödeme adımında yeniden girilir.</source>
        <translation>Card details are never stored; they are entered again at the payment step.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/resume.py" line="33"/>
        <source>&amp;Sonra</source>
        <translation>&amp;Later</translation>
    </message>
</context>
<context>
    <name>SaleWizard</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/wizard.py" line="238"/>
        <source>Önceki satışın ödeme sonucu henüz belli değil; önce onu tamamlayın.</source>
        <translation>The payment result of the previous sale is not known yet; finish that one first.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/wizard.py" line="248"/>
        <source>Başka bir işleme geçerseniz sonuç arka planda sigorta şirketinden sorulmaya devam eder; poliçe düzenlenirse size bildirilir ve &apos;Bekleyen işlemler&apos; sayfasında görünür. Bu satış için tekrar ödeme almayın.</source>
        <translation>If you move on, the insurer keeps being asked for the outcome in the background; if the policy is issued you are told, and it appears on the &apos;Pending operations&apos; page. Do not take another payment for this sale.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/wizard.py" line="251"/>
        <source>&amp;Yeni işleme geç</source>
        <translation>&amp;Move on</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/wizard.py" line="251"/>
        <source>Bu &amp;satışta kal</source>
        <translation>&amp;Stay on this sale</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/wizard.py" line="73"/>
        <source>Müşteri</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/wizard.py" line="73"/>
        <source>Teklifler</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/wizard.py" line="73"/>
        <source>Ödeme</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/wizard.py" line="73"/>
        <source>Ne sigortalanacak?</source>
        <translation>What do we insure?</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/wizard.py" line="74"/>
        <source>Poliçe</source>
        <translation>Policy</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/wizard.py" line="80"/>
        <source>◀ Ge&amp;ri</source>
        <translation>◀ &amp;Back</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/wizard.py" line="208"/>
        <source>Bu branşın yenilemesi masadan yapılamıyor; yalnızca Trafik ve Kasko yenilenebilir.</source>
        <translation>This line cannot be renewed at the desk; only Trafik and Kasko can.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/wizard.py" line="210"/>
        <source>Poliçenin aracı bilinmiyor; satışı müşteriden başlatıp aracı seçin.</source>
        <translation>The policy&apos;s vehicle is not known; start the sale from the customer and choose the vehicle.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/wizard.py" line="211"/>
        <source>Poliçenin aracı müşterinin araçları arasında yok; satışı müşteriden başlatıp aracı seçin.</source>
        <translation>The policy&apos;s vehicle is not among the customer&apos;s vehicles; start the sale from the customer and choose the vehicle.</translation>
    </message>
</context>
<context>
    <name>SandboxBanner</name>
    <message>
        <location filename="../../insurup_desk/ui/banner.py" line="14"/>
        <source>EĞİTİM / SANDBOX — gerçek satış yapılmaz</source>
        <translation>TRAINING / SANDBOX — no real sales are made</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/banner.py" line="18"/>
        <source>[EĞİTİM]</source>
        <translation>[TRAINING]</translation>
    </message>
</context>
<context>
    <name>SavedItemsList</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/saved_items.py" line="47"/>
        <source>&amp;Seç ve devam et</source>
        <translation>&amp;Select and continue</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="56"/>
        <source>Müşteriye gönder</source>
        <translation>Send to customer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="59"/>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="148"/>
        <source>Müşteri bilgileri alınıyor…</source>
        <translation>Loading customer details…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="73"/>
        <source>&amp;E-posta</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="74"/>
        <source>&amp;SMS</source>
        <translation>&amp;SMS</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="81"/>
        <source>musteri@ornek.com</source>
        <translation>customer@example.com</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="83"/>
        <source>0532 123 45 67</source>
        <translation>0532 123 45 67</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="92"/>
        <source>Yine de &amp;gönder</source>
        <translation>Send &amp;anyway</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="94"/>
        <source>&amp;Vazgeç</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="106"/>
        <source>Gönder</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="111"/>
        <source>Kapat</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="119"/>
        <source>Belge:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="120"/>
        <source>Kanal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="121"/>
        <source>E-posta:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="122"/>
        <source>Cep telefonu:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="152"/>
        <source>Alıcı: %1</source>
        <translation>Recipient: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="157"/>
        <source>ETK izni okunamadı.</source>
        <translation>ETK consent could not be read.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="159"/>
        <source>ETK izni var: ticari ileti gönderilebilir.</source>
        <translation>ETK consent given: commercial messages may be sent.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="161"/>
        <source>ETK izni yok.</source>
        <translation>No ETK consent.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="199"/>
        <source>Müşterinin etkin bir ETK (ticari elektronik ileti) izni yok. Teklif yine de gönderilsin mi?</source>
        <translation>The customer has no active ETK (commercial electronic message) consent. Send the offer anyway?</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="206"/>
        <source>Gönderildi: %1</source>
        <translation>Sent: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="210"/>
        <source>Gönderiliyor…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="220"/>
        <source>Gönderilmedi.</source>
        <translation>Not sent.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="224"/>
        <source>%1 saniye sonra yeniden deneyin.</source>
        <translation>Try again in %1 seconds.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="231"/>
        <source>E-posta adresini yazın.</source>
        <translation>Enter the e-mail address.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="232"/>
        <source>Cep telefonu numarasını yazın.</source>
        <translation>Enter the mobile number.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="234"/>
        <source>Geçerli bir e-posta adresi yazın (ornek@alan.com).</source>
        <translation>Enter a valid e-mail address (name@domain.com).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/send_dialog.py" line="235"/>
        <source>SMS yalnızca Türkiye cep telefonuna gönderilir (05xx xxx xx xx).</source>
        <translation>SMS goes only to a Turkish mobile number (05xx xxx xx xx).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="54"/>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="66"/>
        <source>Ayarlar</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="81"/>
        <source>Eğitim modunda uygulama yerleşik sandbox sunucusunu kullanır.</source>
        <translation>In training mode the application uses the built-in sandbox server.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="82"/>
        <source>&amp;API adresi</source>
        <translation>&amp;API address</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="86"/>
        <source>(Seçilmedi)</source>
        <translation>(Not chosen)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="95"/>
        <source>Şube kimliği 24 karakterlik bir koddur.</source>
        <translation>A branch id is a 24-character code.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="96"/>
        <source>Acente &amp;şubesi</source>
        <translation>Agency &amp;branch</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="102"/>
        <source>Satış ka&amp;nalı</source>
        <translation>Sales &amp;channel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="108"/>
        <source>&amp;Dil</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="112"/>
        <source>Liste &amp;sayfa boyutu</source>
        <translation>List &amp;page size</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="116"/>
        <source>Boş bırakılırsa güncellemeler denetlenmez.</source>
        <translation>Left empty, updates are not checked.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="117"/>
        <source>&amp;Güncelleme adresi</source>
        <translation>&amp;Update address</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="123"/>
        <source>Günce&amp;lleme kanalı</source>
        <translation>Update c&amp;hannel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="127"/>
        <source>Boş bırakılırsa hata raporları yalnızca bu bilgisayarda, günlük klasöründe tutulur.</source>
        <translation>Left empty, error reports stay on this computer only, in the log folder.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="129"/>
        <source>&amp;Hata raporu gönderme adresi</source>
        <translation>Error report up&amp;load address</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="131"/>
        <source>API adresi ve dil değişiklikleri uygulama yeniden açılınca geçerli olur.</source>
        <translation>Changes to the API address and language take effect when the application is reopened.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="138"/>
        <source>&amp;Vazgeç</source>
        <translation>Ca&amp;ncel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="139"/>
        <source>&amp;Kaydet</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="168"/>
        <source>Gişe / elle giriş</source>
        <translation>Counter / manual entry</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="169"/>
        <source>Belirtilmemiş</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="170"/>
        <source>Web sitesi</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="171"/>
        <source>Google reklamları</source>
        <translation>Google Ads</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="172"/>
        <source>Çağrı merkezi</source>
        <translation>Call centre</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="173"/>
        <source>Sosyal medya</source>
        <translation>Social media</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="174"/>
        <source>Mobil uygulama</source>
        <translation>Mobile app</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="175"/>
        <source>Basılı teklif formu</source>
        <translation>Printed proposal form</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="176"/>
        <source>Saha</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="177"/>
        <source>Basılı yayın</source>
        <translation>Print media</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="178"/>
        <source>Fuar / etkinlik</source>
        <translation>Fair / event</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="179"/>
        <source>İş ortağı</source>
        <translation>Business partner</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="180"/>
        <source>Sohbet robotu</source>
        <translation>Chatbot</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="185"/>
        <source>Kararlı sürümler</source>
        <translation>Stable releases</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="185"/>
        <source>Deneme sürümleri (beta)</source>
        <translation>Trial releases (beta)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="190"/>
        <source>API adresi boş olamaz.</source>
        <translation>The API address cannot be empty.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="191"/>
        <source>Geçerli bir adres girin, örneğin https://api.insurup.com/api/</source>
        <translation>Enter a valid address, for example https://api.insurup.com/api/</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="193"/>
        <source>Şifresiz http:// yalnızca bu bilgisayardaki bir sunucu için kullanılabilir; https:// kullanın.</source>
        <translation>Unencrypted http:// is only allowed for a server on this computer; use https://.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="195"/>
        <source>Şube kimliği 24 karakterlik bir kod olmalı (0-9, a-f).</source>
        <translation>A branch id must be a 24-character code (0-9, a-f).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="196"/>
        <source>Bu şube hesabınıza tanımlı değil; listeden seçin.</source>
        <translation>This branch is not assigned to your account; choose one from the list.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="197"/>
        <source>Listeden bir satış kanalı seçin.</source>
        <translation>Choose a sales channel from the list.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="198"/>
        <source>Listeden bir dil seçin.</source>
        <translation>Choose a language from the list.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="199"/>
        <source>Sayfa boyutu %1 ile %2 arasında bir tam sayı olmalı.</source>
        <translation>The page size must be a whole number between %1 and %2.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="203"/>
        <source>Geçerli bir güncelleme adresi girin, örneğin https://guncelleme.acente.com.tr/insurup-desk/</source>
        <translation>Enter a valid update address, for example https://guncelleme.acente.com.tr/insurup-desk/</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="206"/>
        <source>Güncelleme adresi https:// olmalı (http:// yalnızca bu bilgisayardaki bir sunucu için).</source>
        <translation>The update address must use https:// (http:// only for a server on this computer).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="208"/>
        <source>Listeden bir güncelleme kanalı seçin.</source>
        <translation>Choose an update channel from the list.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="209"/>
        <source>Geçerli bir adres girin ya da alanı boş bırakın.</source>
        <translation>Enter a valid address or leave the field empty.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/settings_dialog.py" line="211"/>
        <source>Hata raporu adresi https:// olmalı (http:// yalnızca bu bilgisayardaki bir sunucu için).</source>
        <translation>The error report address must use https:// (http:// only for a server on this computer).</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../insurup_desk/ui/shell.py" line="241"/>
        <source>Güvenli anahtar deposu kullanılamıyor: oturum uygulama yeniden açılınca hatırlanmayacak.</source>
        <translation>The secure credential store is not available: the session will not be remembered when the application is reopened.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/shell.py" line="369"/>
        <source>Çıkış yap</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/shell.py" line="370"/>
        <source>Oturumu kapatmak istiyor musunuz? Kayıtlı giriş bilgileri bu bilgisayardan silinir.</source>
        <translation>Do you want to sign out? The saved sign-in details are removed from this computer.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/shell.py" line="375"/>
        <source>Bir satışın ödeme sonucu henüz belli değil. Çıkış yaparsanız sonuç bir sonraki girişte, her şeyden önce sigorta şirketinden sorulur ve size gösterilir. Bu satış için tekrar ödeme almayın.</source>
        <translation>The outcome of a sale&apos;s payment is not known yet. If you sign out, the insurer is asked for the outcome first thing at the next sign-in, and you are shown it. Do not take another payment for this sale.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/shell.py" line="377"/>
        <source>Çıkış &amp;yap</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/shell.py" line="378"/>
        <source>&amp;Vazgeç</source>
        <translation>Ca&amp;ncel</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../insurup_desk/display_check.py" line="25"/>
        <source>InsurUp Desk açılamadı: ekran bulunamadı (DISPLAY veya WAYLAND_DISPLAY tanımlı değil). Masaüstü oturumunda başlatın ya da ekransız çalıştırmak için QT_QPA_PLATFORM=offscreen verin.</source>
        <translation>InsurUp Desk could not start: no display found (DISPLAY or WAYLAND_DISPLAY is not set). Start it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run without a screen.</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="16"/>
        <source>Bu bilgisayardaki yerel kayıt dosyası bozuk: okunabilir bir veritabanı değil.</source>
        <translation>The local data file on this computer is corrupt: it is not a readable database.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="19"/>
        <source>Bu bilgisayardaki yerel kayıt dosyası hasarlı: bir bölümü eksik ya da bozuk.</source>
        <translation>The local data file on this computer is damaged: part of it is missing or corrupt.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="22"/>
        <source>Bu bilgisayardaki yerel kayıt dosyası boş bulundu; içindekiler silinmiş.</source>
        <translation>The local data file on this computer was found empty; its contents have been erased.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="25"/>
        <source>Yerel kayıt dosyasına yazılamıyor (salt okunur): %1</source>
        <translation>The local data file cannot be written (read-only): %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="28"/>
        <source>Yerel kayıt dosyasının şifre anahtarı işletim sisteminin anahtar deposunda yok; dosyadaki bilgiler bu anahtar olmadan okunamaz.</source>
        <translation>The encryption key of the local data file is missing from the operating system&apos;s keyring; the file cannot be read without it.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="38"/>
        <source>%1 bekleyen işlem (bağlantı gelince gönderilecek)</source>
        <translation>%1 pending operation(s) (sent when the line is back)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="41"/>
        <source>yarım kalan satış</source>
        <translation>the unfinished sale</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="43"/>
        <source>önbellekteki %1 kayıt</source>
        <translation>%1 cached item(s)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="46"/>
        <source>Dosyadan kurtarılabilen bir şey olmadı.</source>
        <translation>Nothing could be recovered from the file.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="47"/>
        <source>Kurtarılanlar: %1.</source>
        <translation>Recovered: %1.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="53"/>
        <source>Okunamayan %1 bekleyen işlem kayboldu; bağlantı yokken girilen bu müşteri ya da araç kayıtlarını yeniden girmeniz gerekebilir.</source>
        <translation>%1 pending operation(s) could not be read and are lost; you may need to enter these customers or vehicles entered offline again.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="58"/>
        <source>Bekleyen işlemlerin hepsi okunamadı: bağlantı yokken girdiğiniz müşteri ve araç kayıtları kaybolmuş olabilir, lütfen kontrol edin.</source>
        <translation>Not all pending operations could be read: customers and vehicles you entered offline may be lost, please check.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="66"/>
        <source>Taslaklar, yarım kalan satış ve önbellek bu oturumda yalnızca bellekte tutulur; uygulama yeniden açılınca kaybolur.</source>
        <translation>In this session drafts, the unfinished sale and the cache are kept in memory only; they are lost when the application restarts.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="73"/>
        <source>İşletim sisteminin güvenli anahtar deposuna (Windows Kimlik Bilgileri, macOS Anahtar Zinciri, Linux&apos;ta Secret Service) ulaşılamıyor.</source>
        <translation>The operating system&apos;s secure keyring (Windows Credential Manager, macOS Keychain, Secret Service on Linux) cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="78"/>
        <source>Önceki oturumlardan %1 bekleyen işlem dosyada duruyor; anahtar deposu yeniden erişilebilir olduğunda gönderilecek.</source>
        <translation>%1 pending operation(s) from earlier sessions are still in the file; they will be sent once the keyring can be reached again.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="82"/>
        <source>Linux&apos;ta anahtar deposunun kurulumu için kullanım belgelerindeki &quot;Çevrimdışı çalışma&quot; bölümüne bakın.</source>
        <translation>To set up a keyring on Linux, see the &quot;Working offline&quot; section of the user documentation.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="98"/>
        <source>Dosya destek için saklandı: %1
Yeni bir kayıt dosyası açıldı.</source>
        <translation>The file was kept for support: %1
A new data file was opened.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="103"/>
        <source>Yerel kayıt dosyasındaki bazı bekleyen işlemler okunamadı.</source>
        <translation>Some pending operations in the local data file could not be read.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="107"/>
        <source>Veri klasörüne yazılamıyor: %1</source>
        <translation>The data folder cannot be written: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/store_notice.py" line="135"/>
        <source>Yerel kayıtlar</source>
        <translation>Local data</translation>
    </message>
</context>
<context>
    <name>TssChoiceWidget</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_choice_widget.py" line="19"/>
        <source>Şirketin önerdiği ağ</source>
        <translation>Insurer&apos;s own network</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_choice_widget.py" line="20"/>
        <source>Şirketin önerdiği paket</source>
        <translation>Insurer&apos;s own package</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_choice_widget.py" line="23"/>
        <source>&amp;Hastane ağı:</source>
        <translation>&amp;Hospital network:</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/health_choice_widget.py" line="25"/>
        <source>Sağlık &amp;paketi:</source>
        <translation>Health &amp;package:</translation>
    </message>
</context>
<context>
    <name>UnusableUrlPrompt</name>
    <message>
        <location filename="../../insurup_desk/ui/unusable_url_prompt.py" line="22"/>
        <source>Adres boş.</source>
        <translation>The address is empty.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/unusable_url_prompt.py" line="23"/>
        <source>Bu geçerli bir http(s) adresi değil.</source>
        <translation>This is not a valid http(s) address.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/unusable_url_prompt.py" line="26"/>
        <source>Şifresiz http:// yalnızca bu bilgisayardaki bir sunucu için kullanılabilir; https:// kullanın.</source>
        <translation>Unencrypted http:// may only be used for a server on this computer; use https://.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/unusable_url_prompt.py" line="37"/>
        <source>Ayarlarda kayıtlı API adresi kullanılamıyor: %1 — %2 InsurUp Desk kendiliğinden başka bir sunucuya bağlanmaz. Adresi Ayarlar&apos;da ya da %3 dosyasında düzeltin veya programı --api-url ile başlatın.</source>
        <translation>The API address saved in the settings cannot be used: %1 — %2 InsurUp Desk does not connect to another server on its own. Correct the address in Settings or in the file %3, or start the program with --api-url.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/unusable_url_prompt.py" line="53"/>
        <source>API adresi kullanılamıyor</source>
        <translation>API address not usable</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/unusable_url_prompt.py" line="55"/>
        <source>&amp;Ayarları aç</source>
        <translation>Open &amp;settings</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/unusable_url_prompt.py" line="56"/>
        <source>&amp;Kapat</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>UpdatePrompt</name>
    <message>
        <location filename="../../insurup_desk/ui/update_prompt.py" line="28"/>
        <source>Güncelleme hazır</source>
        <translation>Update ready</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/update_prompt.py" line="33"/>
        <source>InsurUp Desk %1 hazır</source>
        <translation>InsurUp Desk %1 is ready</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/update_prompt.py" line="37"/>
        <source>Yeni sürüm indirildi ve imzası doğrulandı. Uygulama yeniden başlayınca kurulur; açık bir satış otomatik kayıttan sürer.</source>
        <translation>The new version was downloaded and its signature verified. It is installed when the application restarts; an open sale continues from its autosave.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/update_prompt.py" line="51"/>
        <source>&amp;Sonra</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/update_prompt.py" line="53"/>
        <source>Şimdi &amp;yeniden başlat</source>
        <translation>&amp;Restart now</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/update_prompt.py" line="70"/>
        <source>açık bir satış var</source>
        <translation>a sale is open</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/update_prompt.py" line="71"/>
        <source>bir ödemenin sonucu henüz belli değil</source>
        <translation>a payment&apos;s outcome is not known yet</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/update_prompt.py" line="72"/>
        <source>çevrimdışı girilen kayıtlar henüz gönderilmedi</source>
        <translation>entries made offline have not been sent yet</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/update_prompt.py" line="74"/>
        <source>Şimdi yeniden başlatılamaz: %1. Güncelleme bir sonraki açılışta kurulur.</source>
        <translation>Cannot restart now: %1. The update is installed at the next start.</translation>
    </message>
</context>
<context>
    <name>VehicleFormWidget</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="107"/>
        <source>34 ABC 123</source>
        <translation>34 ABC 123</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="110"/>
        <source>AB 123456</source>
        <translation>AB 123456</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="120"/>
        <source>— bilinmiyor —</source>
        <translation>— unknown —</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="132"/>
        <source>Plaka</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="133"/>
        <source>Ruhsat seri no</source>
        <translation>Registration serial no.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="134"/>
        <source>Marka</source>
        <translation>Make</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="135"/>
        <source>Model yılı</source>
        <translation>Model year</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="136"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="137"/>
        <source>Kullanım tarzı</source>
        <translation>Usage type</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="138"/>
        <source>Yakıt</source>
        <translation>Fuel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="140"/>
        <source>Plakadan &amp;sorgula</source>
        <translation>&amp;Look up plate</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="141"/>
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="142"/>
        <source>Kaydet ve de&amp;vam et</source>
        <translation>Sa&amp;ve and continue</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="215"/>
        <source>Önceki trafik poliçesi bitişi: %1</source>
        <translation>Previous Trafik policy ends: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="218"/>
        <source>Önceki kasko poliçesi bitişi: %1</source>
        <translation>Previous Kasko policy ends: %1</translation>
    </message>
</context>
<context>
    <name>VehiclePage</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_page.py" line="39"/>
        <source>Bu müşterinin kayıtlı aracı yok. Ctrl+N ile yeni araç ekleyin.</source>
        <translation>This customer has no registered vehicle. Press Ctrl+N to add a new vehicle.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_page.py" line="38"/>
        <source>Y&amp;eni araç</source>
        <translation>&amp;New vehicle</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_page.py" line="38"/>
        <source>↑/↓ ile aracı seçip Enter&apos;a basın.</source>
        <translation>Choose the vehicle with ↑/↓ and press Enter.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_page.py" line="53"/>
        <source>Araç</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_page.py" line="62"/>
        <source>Müşteri: %1</source>
        <translation>Customer: %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_page.py" line="97"/>
        <source>Araçlar yükleniyor…</source>
        <translation>Loading vehicles…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_page.py" line="118"/>
        <source>Araç bilgileri sorgulanıyor…</source>
        <translation>Looking up vehicle details…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_page.py" line="141"/>
        <source>Araç kaydediliyor…</source>
        <translation>Saving vehicle…</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_page.py" line="91"/>
        <source>%1 (taslak, gönderilmeyi bekliyor)</source>
        <translation>%1 (draft, waiting to be sent)</translation>
    </message>
</context>
<context>
    <name>WaitBanner</name>
    <message>
        <location filename="../../insurup_desk/ui/wait_banner.py" line="29"/>
        <source>Vazgeç</source>
        <extracomment>Shorter waits (the first backoff steps) come and go too fast to read; showing them would only flicker.</extracomment>
        <translation>Give up</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wait_banner.py" line="63"/>
        <source>Sunucu çok yoğun; %1 saniye sonra yeniden denenecek.</source>
        <translation>The server is very busy; retrying in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../insurup_desk/ui/wizard/common.py" line="16"/>
        <source>Bu alan zorunlu.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/common.py" line="17"/>
        <source>TC kimlik numarası geçersiz (11 hane, kontrol basamakları tutmuyor).</source>
        <translation>Invalid TCKN (11 digits; the check digits do not match).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/common.py" line="19"/>
        <source>Vergi kimlik numarası geçersiz (10 hane, kontrol basamağı tutmuyor).</source>
        <translation>Invalid VKN (10 digits; the check digit does not match).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/common.py" line="21"/>
        <source>Yabancı kimlik/pasaport numarası 5–20 harf veya rakam olmalı.</source>
        <translation>A foreign ID/passport number must be 5–20 letters or digits.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/common.py" line="23"/>
        <source>Tarih GG.AA.YYYY biçiminde ve gerçek bir tarih olmalı.</source>
        <translation>The date must be a real date in DD.MM.YYYY format.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/common.py" line="24"/>
        <source>Doğum tarihi gelecekte olamaz.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/common.py" line="25"/>
        <source>Cep telefonu +90 5xx xxx xx xx biçiminde olmalı.</source>
        <translation>The mobile number must be in the format +90 5xx xxx xx xx.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/common.py" line="26"/>
        <source>E-posta adresi geçersiz.</source>
        <translation>Invalid e-mail address.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/common.py" line="27"/>
        <source>Plaka geçersiz (örnek: 34 ABC 123).</source>
        <translation>Invalid plate (example: 34 ABC 123).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/common.py" line="28"/>
        <source>Ruhsat seri no 2 harf ve 6 rakam olmalı (örnek: AB 123456).</source>
        <translation>The registration serial no. must be 2 letters and 6 digits (example: AB 123456).</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/common.py" line="30"/>
        <source>Model yılı geçersiz.</source>
        <translation>Invalid model year.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/common.py" line="36"/>
        <source>Bağlantı yok — kayıt taslak olarak saklandı, hat gelince gönderilecek.</source>
        <translation>No connection — the record was saved as a draft and will be sent when the line is back.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/common.py" line="42"/>
        <source>%1 için bağlantı gerekiyor. Girdikleriniz saklı; hat gelince bu adımdan devam edebilirsiniz.</source>
        <translation>%1 needs a connection. Your entries are kept; you can continue from this step when the line is back.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="39"/>
        <source>Peşin %1</source>
        <translation>Single payment %1</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="43"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="67"/>
        <source>Kasko</source>
        <translation>Kasko</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="69"/>
        <source>Trafik</source>
        <translation>Trafik</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="72"/>
        <source>%1 sigortası teklif karşılaştırması</source>
        <translation>%1 quote comparison</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="73"/>
        <source>Müşteri</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="74"/>
        <source>Araç</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="76"/>
        <source>Tarih</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="77"/>
        <source>Teminat</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="78"/>
        <source>Brüt prim</source>
        <translation>Gross premium</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="79"/>
        <source>Ödeme seçenekleri</source>
        <translation>Payment options</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="80"/>
        <source>★ en iyi fiyat. Fiyatlar teklif tarihinde geçerlidir; poliçe düzenlenene kadar sigorta şirketi tarafından değiştirilebilir.</source>
        <translation>★ best price. Prices are valid on the quote date; the insurer may change them until the policy is issued.</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/comparison.py" line="106"/>
        <source>Teklif karşılaştırması</source>
        <translation>Quote comparison</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="20"/>
        <source>İMM limiti (ayrımsız)</source>
        <translation>Voluntary liability (İMM) limit, combined</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="21"/>
        <source>Ferdi kaza – vefat</source>
        <translation>Personal accident – death</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="22"/>
        <source>Ferdi kaza – sakatlık</source>
        <translation>Personal accident – disability</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="23"/>
        <source>Ferdi kaza – tedavi</source>
        <translation>Personal accident – medical costs</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="24"/>
        <source>Hırsızlık</source>
        <translation>Theft</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="25"/>
        <source>Yanma</source>
        <translation>Fire</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="26"/>
        <source>Çarpışma</source>
        <translation>Collision</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="27"/>
        <source>Doğal afetler</source>
        <translation>Natural disasters</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="28"/>
        <source>Yol yardım</source>
        <translation>Roadside assistance</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="29"/>
        <source>Onarım servisi</source>
        <translation>Repair shop</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="30"/>
        <source>Yedek parça</source>
        <translation>Spare parts</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="31"/>
        <source>İkame araç</source>
        <translation>Replacement vehicle</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="32"/>
        <source>Anahtar kaybı</source>
        <translation>Lost keys</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="33"/>
        <source>Manevi tazminat</source>
        <translation>Moral damages</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="34"/>
        <source>Cam kırılma muafiyeti</source>
        <translation>Glass breakage deductible</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="35"/>
        <source>Muafiyet oranı</source>
        <translation>Deductible rate</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="36"/>
        <source>Araç başına maddi</source>
        <translation>Property damage per vehicle</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="37"/>
        <source>Kaza başına maddi</source>
        <translation>Property damage per accident</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="38"/>
        <source>Kişi başı tedavi</source>
        <translation>Medical costs per person</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="39"/>
        <source>Kaza başına tedavi</source>
        <translation>Medical costs per accident</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="40"/>
        <source>Kişi başı sakatlık ve ölüm</source>
        <translation>Disability and death per person</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="41"/>
        <source>Kişi başı sakatlık ve vefat</source>
        <translation>Disability and death per person</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="42"/>
        <source>Kaza başına sakatlık ve vefat</source>
        <translation>Disability and death per accident</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="43"/>
        <source>Kaza başına sakatlık ve ölüm</source>
        <translation>Disability and death per accident</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="44"/>
        <source>Hukuksal koruma</source>
        <translation>Legal protection</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="45"/>
        <source>Asistans hizmeti</source>
        <translation>Assistance services</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="62"/>
        <source>Dahil</source>
        <translation>Included</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="64"/>
        <source>Dahil değil</source>
        <translation>Not included</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="66"/>
        <source>Limitsiz</source>
        <translation>Unlimited</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="68"/>
        <source>Rayiç değer</source>
        <translation>Market value</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/coverage_text.py" line="70"/>
        <source>En yüksek limit</source>
        <translation>Highest limit</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="33"/>
        <source>Hususi otomobil</source>
        <translation>Private car</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="34"/>
        <source>Taksi</source>
        <translation>Taxi</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="35"/>
        <source>Kamyonet</source>
        <translation>Pickup truck</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="36"/>
        <source>Motosiklet</source>
        <translation>Motorcycle</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="37"/>
        <source>Kiralık otomobil</source>
        <translation>Rental car</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="38"/>
        <source>Arazi taşıtı</source>
        <translation>Off-road vehicle</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="39"/>
        <source>Dolmuş</source>
        <translation>Shared taxi (dolmuş)</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="40"/>
        <source>Kamyon</source>
        <translation>Truck</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="46"/>
        <source>Benzin</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="47"/>
        <source>Dizel</source>
        <translation>Diesel</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="48"/>
        <source>LPG</source>
        <translation>LPG</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="49"/>
        <source>Benzin + LPG</source>
        <translation>Petrol + LPG</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="50"/>
        <source>Hibrit</source>
        <translation>Hybrid</translation>
    </message>
    <message>
        <location filename="../../insurup_desk/ui/wizard/vehicle_form_widget.py" line="51"/>
        <source>Elektrik</source>
        <translation>Electric</translation>
    </message>
</context>
</TS>
