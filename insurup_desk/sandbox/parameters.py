"""Vehicle brands and models of the Turkish market, shaped as {value, text, reference} items."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Model:
    code: str
    name: str
    first_year: int
    last_year: int


# brand code -> (brand name, models)
BRANDS: dict[str, tuple[str, tuple[Model, ...]]] = {
    "130": ("Renault", (
        Model("512", "Clio 1.0 TCe Joy", 2012, 2026), Model("514", "Megane Sedan 1.3 TCe Touch", 2016, 2026),
        Model("518", "Taliant 1.0 Turbo Evolution", 2021, 2026), Model("520", "Captur 1.3 TCe Icon", 2020, 2026),
        Model("522", "Austral 1.2 E-Tech Techno", 2023, 2026), Model("506", "Fluence 1.5 dCi Touch", 2010, 2016))),
    "40": ("Fiat", (
        Model("301", "Egea Sedan 1.4 Fire Easy", 2015, 2026),
        Model("303", "Egea Cross 1.6 Multijet Lounge", 2020, 2026),
        Model("305", "Doblo Combi 1.6 Multijet Safeline", 2010, 2026),
        Model("307", "Linea 1.3 Multijet Pop", 2010, 2018),
        Model("309", "Fiorino Combi 1.3 Multijet", 2010, 2026))),
    "165": ("Toyota", (
        Model("701", "Corolla 1.5 Vision", 2012, 2026), Model("703", "C-HR 1.8 Hybrid Passion", 2017, 2026),
        Model("705", "Yaris 1.5 Hybrid Dream", 2012, 2026), Model("707", "RAV4 2.5 Hybrid Flame", 2019, 2026))),
    "180": ("Volkswagen", (
        Model("801", "Passat 1.5 TSI Business", 2012, 2026), Model("803", "Golf 1.5 eTSI Life", 2012, 2026),
        Model("805", "Polo 1.0 TSI Life", 2012, 2026), Model("807", "T-Roc 1.5 TSI Style", 2018, 2026),
        Model("809", "Caddy 2.0 TDI Impression", 2012, 2026))),
    "45": ("Ford", (
        Model("401", "Focus 1.5 EcoBlue Titanium", 2012, 2026), Model("403", "Fiesta 1.1 Trend", 2012, 2022),
        Model("405", "Puma 1.0 EcoBoost ST-Line", 2020, 2026), Model("407", "Tourneo Courier 1.5 TDCi", 2014, 2026),
        Model("409", "Kuga 1.5 EcoBlue Titanium", 2013, 2026))),
    "70": ("Hyundai", (
        Model("501", "i20 1.4 MPI Jump", 2012, 2026), Model("503", "Tucson 1.6 T-GDI Elite", 2015, 2026),
        Model("505", "Accent Blue 1.6 CRDi Mode", 2012, 2019), Model("507", "Bayon 1.0 T-GDI Elite", 2021, 2026))),
    "60": ("Honda", (
        Model("601", "Civic 1.5 VTEC Eco Elegance", 2012, 2026), Model("603", "City 1.5 Executive", 2012, 2022),
        Model("605", "HR-V 1.5 e:HEV Advance", 2015, 2026), Model("607", "CR-V 1.5 VTEC Executive", 2012, 2026))),
    "110": ("Opel", (
        Model("901", "Astra 1.2 Turbo Elegance", 2012, 2026), Model("903", "Corsa 1.2 Edition", 2012, 2026),
        Model("905", "Insignia 1.6 CDTI Enjoy", 2012, 2022), Model("907", "Mokka 1.2 Turbo GS", 2012, 2026))),
    "120": ("Peugeot", (
        Model("201", "208 1.2 PureTech Allure", 2012, 2026), Model("203", "2008 1.2 PureTech GT", 2013, 2026),
        Model("205", "3008 1.5 BlueHDi Allure", 2016, 2026), Model("207", "Rifter 1.5 BlueHDi Active", 2018, 2026))),
    "30": ("Dacia", (
        Model("101", "Sandero Stepway 1.0 ECO-G", 2012, 2026), Model("103", "Duster 1.3 TCe Journey", 2012, 2026),
        Model("105", "Jogger 1.0 TCe Extreme", 2022, 2026), Model("107", "Logan 1.5 dCi Ambiance", 2012, 2022))),
    "20": ("BMW", (
        Model("151", "320i Sedan M Sport", 2012, 2026), Model("153", "520i Sedan Executive", 2012, 2026),
        Model("155", "X1 sDrive18i xLine", 2012, 2026), Model("157", "iX1 eDrive20 M Sport", 2023, 2026))),
    "100": ("Mercedes-Benz", (
        Model("251", "C 200 4MATIC AMG", 2012, 2026), Model("253", "E 220 d Exclusive", 2012, 2026),
        Model("255", "A 180 Style", 2012, 2026), Model("257", "Vito Tourer 116 CDI", 2012, 2026))),
    "172": ("Togg", (
        Model("351", "T10X V1 RWD Standart Menzil", 2023, 2026), Model("353", "T10X V2 RWD Uzun Menzil", 2023, 2026))),
    "150": ("Skoda", (
        Model("451", "Octavia 1.5 TSI Elite", 2012, 2026), Model("453", "Superb 1.5 TSI Prestige", 2012, 2026))),
}


def brand_items() -> list[dict[str, str]]:
    items = [{"value": code, "text": name, "reference": code} for code, (name, _models) in BRANDS.items()]
    return sorted(items, key=lambda item: item["text"])


def model_items(brand_code: str, year: int | None) -> list[dict[str, str]] | None:
    """None when the brand is unknown; otherwise the models sold in that model year."""
    brand = BRANDS.get(brand_code)
    if brand is None:
        return None
    return [
        {"value": f"{brand_code}-{m.code}", "text": m.name, "reference": f"{brand_code}-{m.code}"}
        for m in brand[1]
        if year is None or m.first_year <= year <= m.last_year
    ]


def describe_model(model_ref: str | None) -> tuple[str, str, str, str] | None:
    """'130-512' -> (brand code, brand name, model ref, model name)."""
    if not model_ref or "-" not in model_ref:
        return None
    brand_code, model_code = model_ref.split("-", 1)
    brand = BRANDS.get(brand_code)
    if brand is None:
        return None
    for m in brand[1]:
        if m.code == model_code:
            return brand_code, brand[0], model_ref, m.name
    return None


ALL_MODELS: tuple[tuple[str, str, Model], ...] = tuple(
    (code, name, m) for code, (name, models) in BRANDS.items() for m in models
)
