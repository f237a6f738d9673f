"""İMM (voluntary third-party liability on a vehicle): its coverage choices per insurance product."""

from __future__ import annotations

from typing import Any, Final

from pydantic import Field

from .base import ApiModel

#: ``TasinanYuk`` (load carried) values, spelled as the contract spells them (e.g. ``KUTUKLERIVE``).
LOADS: Final = (
    "YOK", "AGAC_KUTUKLERIVE_KERESTE", "AKARYAKIT", "AYAKKABI_SARACIYE", "BAKKALIYE_VE_SHARKUTERI_URUNLERI",
    "BILUMUM_KIRTASIYE_MALZEMELERI", "DOKME_SU_VE_SUT", "HALI_VE_KILIM", "HAM_YARI_MAMUL_VE_MAMUL_KAGIT",
    "HAZIR_BETON", "HER_NEVI_EV_ALETLERI", "HER_TURLU_DOKME_KOMUR_V_ODUN", "HUBUBAT_VE_BAKLIYAT",
    "KABA_INSAAT_MALZEMELERI", "LASTIK_KAUCUK_URUNLERI", "LIKID_KIMYEVI_MADDE", "LPG_GAZ_TUPU",
    "MAKINE_AKSAM_VE_YEDEKLERI", "MOBILYA_MALZEMESI", "MUHTELIF_EV_ESYASI", "OTO_YEDEK_PARCALARI",
    "PLASTIK_MAMULLERI", "SENTETIK_ELYAF_URUNLERI", "SENTETIK_PLASTIK_BOYA_URUNLERI", "TEKSTIL_URUNLERI",
    "TEMIZLIK_MADDELERI", "YAS_MEYVE_VE_SEBZE",
)


class ImmCoverageChoices(ApiModel):
    """What one product offers. Values stay as the server's JSON (CoverageValue and ``KiralikArac`` objects
    carry their own ``$type``) so a chosen one goes back exactly as it came."""

    imm_limiti_ayrimsiz: list[dict[str, Any]] = Field(default_factory=list)
    kiralik_arac: list[dict[str, Any]] = Field(default_factory=list)
    tasinan_yuk: list[str] = Field(default_factory=list)
    # Empty where the product has no assistance service.
    asistans_hizmeti: list[dict[str, Any]] = Field(default_factory=list)


class ImmCoverageChoice(ApiModel):
    """One entry of ``coverage-choices:imm`` per insurance *product*."""

    insurance_company_id: int
    product_type: str | None = None
    product_id: int | None = None
    coverage_choices: ImmCoverageChoices = Field(default_factory=ImmCoverageChoices)
