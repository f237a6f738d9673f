"""Turkish address names for the sandbox's UAVT tree: all 81 provinces, real neighbourhoods and streets of
İstanbul, Ankara and İzmir districts, and pools for the shallower rest."""

from __future__ import annotations

# Plate code → province name, all 81.
PROVINCES: dict[int, str] = {
    1: "Adana", 2: "Adıyaman", 3: "Afyonkarahisar", 4: "Ağrı", 5: "Amasya", 6: "Ankara", 7: "Antalya",
    8: "Artvin", 9: "Aydın", 10: "Balıkesir", 11: "Bilecik", 12: "Bingöl", 13: "Bitlis", 14: "Bolu",
    15: "Burdur", 16: "Bursa", 17: "Çanakkale", 18: "Çankırı", 19: "Çorum", 20: "Denizli", 21: "Diyarbakır",
    22: "Edirne", 23: "Elazığ", 24: "Erzincan", 25: "Erzurum", 26: "Eskişehir", 27: "Gaziantep", 28: "Giresun",
    29: "Gümüşhane", 30: "Hakkari", 31: "Hatay", 32: "Isparta", 33: "Mersin", 34: "İstanbul", 35: "İzmir",
    36: "Kars", 37: "Kastamonu", 38: "Kayseri", 39: "Kırklareli", 40: "Kırşehir", 41: "Kocaeli", 42: "Konya",
    43: "Kütahya", 44: "Malatya", 45: "Manisa", 46: "Kahramanmaraş", 47: "Mardin", 48: "Muğla", 49: "Muş",
    50: "Nevşehir", 51: "Niğde", 52: "Ordu", 53: "Rize", 54: "Sakarya", 55: "Samsun", 56: "Siirt", 57: "Sinop",
    58: "Sivas", 59: "Tekirdağ", 60: "Tokat", 61: "Trabzon", 62: "Tunceli", 63: "Şanlıurfa", 64: "Uşak",
    65: "Van", 66: "Yozgat", 67: "Zonguldak", 68: "Aksaray", 69: "Bayburt", 70: "Karaman", 71: "Kırıkkale",
    72: "Batman", 73: "Şırnak", 74: "Bartın", 75: "Ardahan", 76: "Iğdır", 77: "Yalova", 78: "Karabük",
    79: "Kilis", 80: "Osmaniye", 81: "Düzce",
}

# District reference → its neighbourhoods, for the districts walked in depth.
DEEP_NEIGHBOURHOODS: dict[str, tuple[str, ...]] = {
    # İstanbul
    "1823": ("Caferağa", "Osmanağa", "Rasimpaşa", "Fenerbahçe", "Göztepe", "Koşuyolu", "Suadiye", "Erenköy",
             "Bostancı", "Acıbadem", "Fikirtepe", "Zühtüpaşa", "Feneryolu", "Caddebostan", "Kozyatağı",
             "Sahrayıcedit", "Hasanpaşa", "Merdivenköy", "19 Mayıs", "Eğitim"),
    "1103": ("Levent", "Etiler", "Bebek", "Arnavutköy", "Ortaköy", "Sinanpaşa", "Vişnezade", "Abbasağa",
             "Türkali", "Gayrettepe", "Yıldız", "Dikilitaş"),
    "1604": ("Altunizade", "Kuzguncuk", "Beylerbeyi", "Çengelköy", "Kandilli", "Bulgurlu", "Ünalan",
             "Mimar Sinan", "Kısıklı", "Salacak"),
    "2003": ("Ataköy 1. Kısım", "Yeşilköy", "Florya", "Zeytinlik", "Kartaltepe", "Osmaniye", "Cevizlik"),
    "1886": ("Mecidiyeköy", "Esentepe", "Teşvikiye", "Harbiye", "Fulya", "Kuştepe", "Feriköy", "Cumhuriyet"),
    "1421": ("Atatürk", "Barbaros", "İçerenköy", "Küçükbakkalköy", "Yenisahra", "Kayışdağı", "Ferhatpaşa"),
    "2012": ("Kurtköy", "Kaynarca", "Yenişehir", "Batı", "Bahçelievler", "Çamçeşme", "Güzelyalı"),
    # Ankara
    "1231": ("Kızılay", "Bahçelievler", "Emek", "Ayrancı", "Kavaklıdere", "Balgat", "Çukurambar", "Birlik",
             "Dikmen", "Oran", "Ümitköy", "Yıldızevler"),
    "1302": ("Etlik", "Kalaba", "Ovacık", "Aktepe", "Bağlum", "Esertepe", "Subayevleri"),
    "1385": ("Demetevler", "Batıkent", "Ostim", "Şentepe", "Karşıyaka", "Yuva"),
    "1922": ("Elvankent", "Eryaman", "Bağlıca", "Piyade", "Topçu", "Süvari"),
    # İzmir
    "1205": ("Bostanlı", "Mavişehir", "Alaybey", "Bahariye", "Donanmacı", "Tuna", "Yalı"),
    "1780": ("Erzene", "Kazımdirik", "Evka 3", "Çamdibi", "Altındağ", "Mevlana", "Özkanlar"),
    "1203": ("Alsancak", "Göztepe", "Güzelyalı", "Kültür", "Mithatpaşa", "Basmane"),
    "2006": ("Şirinyer", "Adatepe", "Yıldız", "Kozağaç", "Dumlupınar", "Çamlıkule"),
}

# The streets a neighbourhood is known for; the rest of its streets come from STREET_POOL.
KNOWN_STREETS: dict[tuple[str, str], tuple[str, ...]] = {
    ("1823", "Caferağa"): ("Moda Caddesi", "Şair Nefi Sokak", "Dr. Esat Işık Caddesi"),
    ("1823", "Osmanağa"): ("Bahariye Caddesi", "Kadife Sokak", "Söğütlüçeşme Caddesi"),
    ("1823", "Suadiye"): ("Bağdat Caddesi", "Plaj Yolu Sokak"),
    ("1823", "Göztepe"): ("Bağdat Caddesi", "Tütüncü Mehmet Efendi Caddesi"),
    ("1823", "Caddebostan"): ("Bağdat Caddesi", "Operatör Raif Bey Sokak"),
    ("1823", "Fenerbahçe"): ("Fener Kalamış Caddesi", "Münir Nurettin Selçuk Caddesi"),
    ("1103", "Levent"): ("Levent Caddesi", "Çarşı Caddesi"),
    ("1103", "Bebek"): ("Cevdet Paşa Caddesi", "Küçükbebek Caddesi"),
    ("1103", "Etiler"): ("Nispetiye Caddesi", "Ahular Sokak"),
    ("1604", "Altunizade"): ("Kısıklı Caddesi", "Tophanelioğlu Caddesi"),
    ("1886", "Teşvikiye"): ("Valikonağı Caddesi", "Abdi İpekçi Caddesi"),
    ("1886", "Mecidiyeköy"): ("Büyükdere Caddesi", "Şehit Ahmet Sokak"),
    ("2003", "Yeşilköy"): ("İstasyon Caddesi", "Hava Şehitleri Sokak"),
    ("1231", "Kızılay"): ("Atatürk Bulvarı", "Meşrutiyet Caddesi", "Sakarya Caddesi"),
    ("1231", "Bahçelievler"): ("Aşkabat Caddesi", "7. Cadde"),
    ("1231", "Kavaklıdere"): ("Tunalı Hilmi Caddesi", "Bestekar Sokak"),
    ("1231", "Ayrancı"): ("Hoşdere Caddesi", "Güvenlik Caddesi"),
    ("1231", "Çukurambar"): ("Muhsin Yazıcıoğlu Caddesi", "1450. Sokak"),
    ("1302", "Etlik"): ("Yunus Emre Caddesi", "Halil Sezai Erkut Caddesi"),
    ("1385", "Batıkent"): ("Kardelen Caddesi", "İvedik Caddesi"),
    ("1922", "Eryaman"): ("Sonbahar Caddesi", "İstasyon Yolu Caddesi"),
    ("1205", "Bostanlı"): ("Cemal Gürsel Caddesi", "Şehitler Bulvarı"),
    ("1205", "Mavişehir"): ("Caher Dudayev Bulvarı", "2040. Sokak"),
    ("1780", "Kazımdirik"): ("Ankara Caddesi", "372. Sokak"),
    ("1203", "Alsancak"): ("Kıbrıs Şehitleri Caddesi", "Talatpaşa Bulvarı", "1453. Sokak"),
    ("1203", "Göztepe"): ("Mithatpaşa Caddesi", "Salih Omurtak Caddesi"),
    ("2006", "Şirinyer"): ("Menderes Caddesi", "Gediz Caddesi"),
}

STREET_POOL: tuple[str, ...] = (
    "Atatürk Caddesi", "Cumhuriyet Caddesi", "İstiklal Caddesi", "İnönü Caddesi", "Fevzi Çakmak Caddesi",
    "Kazım Karabekir Caddesi", "Mimar Sinan Caddesi", "Mevlana Caddesi", "Hürriyet Caddesi", "Gazi Bulvarı",
    "Gül Sokak", "Lale Sokak", "Menekşe Sokak", "Papatya Sokak", "Çınar Sokak", "Akasya Sokak", "Ihlamur Sokak",
    "Yunus Emre Sokak", "Barış Sokak", "Kardelen Sokak", "Nergis Sokak", "Zambak Sokak", "Leylak Sokak",
    "Yasemin Sokak", "Orkide Sokak", "Söğüt Sokak", "Çamlık Sokak", "Pınar Sokak", "Okul Sokak", "Cami Sokak",
    "Şehit Er Mehmet Yılmaz Sokak", "Şehit Üsteğmen Ali Kaya Sokak", "Fatih Sultan Mehmet Caddesi",
    "Namık Kemal Sokak", "Ziya Gökalp Caddesi", "Mehmet Akif Ersoy Caddesi",
)

NEIGHBOURHOOD_POOL: tuple[str, ...] = (
    "Cumhuriyet", "Atatürk", "Yeni", "Fatih", "Hürriyet", "Yenişehir", "Hacı Bayram", "Bahçelievler",
    "İstiklal", "Kurtuluş", "Gazi Osman Paşa", "Zafer", "Mimar Sinan", "Yıldırım Beyazıt", "Karşıyaka",
)

VILLAGE_POOL: tuple[str, ...] = (
    "Yeniköy", "Kocaköy", "Karaağaç", "Çamlıca", "Sarıkaya", "Akpınar", "Dereköy", "Kayabaşı", "Pınarbaşı",
    "Esenköy", "Yazıköy", "Gölcük",
)

BUILDING_NAMES: tuple[str, ...] = (
    "Kardelen", "Lale", "Gül", "Yıldız", "Güneş", "Huzur", "Barış", "Saadet", "Nur", "Şafak", "Bahar", "Deniz",
    "Umut", "Park", "Çınar", "Defne", "Elif", "Zümrüt", "Mavi", "Eflatun",
)
