"""Customer and vehicle form rules: what the operator types and what goes to the API."""

from __future__ import annotations

import datetime as dt

from insurup_desk.services import customer_form as cf
from insurup_desk.services import vehicle_form as vf

TODAY = dt.date(2026, 11, 27)


def test_valid_individual_has_no_problems_and_builds_the_api_body() -> None:
    draft = cf.CustomerDraft(kind="individual", identity_number="11111111110", full_name="  Ayşe   Yılmaz ",
                             birth_date="01.01.1990", phone="0532 123 45 67", email="ayse@example.com", city="34")
    assert cf.field_problems(draft, TODAY) == {}
    body = cf.create_payload(draft)
    assert next(iter(body)) == "$type" and body["$type"] == "individual"
    assert body["fullName"] == "Ayşe Yılmaz"
    assert body["birthDate"] == "1990-01-01"
    assert body["phoneNumber"] == {"countryCode": 90, "number": "5321234567"}
    assert body["cityReference"] == "34"


def test_bad_tckn_birth_date_phone_and_email_are_each_reported_on_their_field() -> None:
    draft = cf.CustomerDraft(kind="individual", identity_number="12345678901", full_name="X",
                             birth_date="31.02.1990", phone="212 123", email="not-an-email")
    assert cf.field_problems(draft, TODAY) == {
        cf.IDENTITY: "tckn_invalid",
        cf.BIRTH_DATE: "date_invalid",
        cf.PHONE: "phone_invalid",
        cf.EMAIL: "email_invalid",
    }


def test_future_birth_date_is_refused() -> None:
    draft = cf.CustomerDraft(identity_number="11111111110", full_name="A", birth_date="01.01.2030")
    assert cf.field_problems(draft, TODAY) == {cf.BIRTH_DATE: "date_future"}


def test_company_needs_title_and_a_vkn_with_a_good_check_digit() -> None:
    assert cf.field_problems(cf.CustomerDraft(kind="company"), TODAY) == {
        cf.TITLE: "required", cf.TAX_NUMBER: "required"}
    bad = cf.CustomerDraft(kind="company", title="Örnek A.Ş.", tax_number="6130782525")
    assert cf.field_problems(bad, TODAY) == {cf.TAX_NUMBER: "vkn_invalid"}
    good = cf.CustomerDraft(kind="company", title="Örnek A.Ş.", tax_number="6130782524")
    assert cf.field_problems(good, TODAY) == {}
    assert cf.create_payload(good)["taxNumber"] == "6130782524"


def test_foreign_customer_takes_a_passport_style_number() -> None:
    draft = cf.CustomerDraft(kind="foreign", identity_number="U1234567", full_name="John Smith")
    assert cf.field_problems(draft, TODAY) == {}
    assert cf.field_problems(cf.CustomerDraft(kind="foreign", identity_number="!!", full_name="J"), TODAY) == {
        cf.IDENTITY: "foreign_id_invalid"}


def test_server_property_paths_map_onto_form_fields() -> None:
    assert cf.server_field("IdentityNumber") == cf.IDENTITY
    assert cf.server_field("PhoneNumber.Number") == cf.PHONE
    assert cf.server_field("primaryEmail") == cf.EMAIL


def test_plate_typed_freely_is_normalised_and_serial_split() -> None:
    draft = vf.VehicleDraft(plate="34abc123", document_serial="ab 123456", brand_reference="130",
                            model_reference="130-512", model_year="2021", fuel="DIESEL")
    assert vf.field_problems(draft, TODAY) == {}
    body = vf.create_payload("cust", draft)
    assert body["plate"] == {"city": 34, "code": "ABC123"}
    assert body["documentSerial"] == {"code": "AB", "number": "123456"}
    assert body["fuel"] == {"type": "DIESEL"}
    assert body["utilizationStyle"] == "PRIVATE_CAR" and body["accessories"] == []


def test_vehicle_problems_name_each_bad_field() -> None:
    draft = vf.VehicleDraft(plate="99 ZZ 1", document_serial="12", model_year="1800", usage="")
    assert vf.field_problems(draft, TODAY) == {
        vf.PLATE: "plate_invalid", vf.DOCUMENT_SERIAL: "serial_invalid", vf.BRAND: "required",
        vf.MODEL: "required", vf.YEAR: "year_invalid", vf.USAGE: "required"}


def test_serial_in_the_documents_older_format_is_accepted() -> None:
    assert vf.parse_serial("A/1234567") == ("A", "1234567")


def test_vehicle_server_property_paths_map_onto_form_fields() -> None:
    assert vf.server_field("Plate.City") == vf.PLATE
    assert vf.server_field("documentSerial.number") == vf.DOCUMENT_SERIAL
    assert vf.server_field("year") == vf.YEAR


def test_identity_and_tax_numbers_typed_or_pasted_with_spaces_are_the_same_numbers() -> None:
    person = cf.CustomerDraft(kind="individual", identity_number="111 111 111 10", full_name="Ayşe Yılmaz")
    assert cf.field_problems(person, TODAY) == {}
    assert cf.create_payload(person)["identityNumber"] == "11111111110"
    assert cf.identity_of(person) == "11111111110"
    company = cf.CustomerDraft(kind="company", tax_number=" 613 078 2524 ", title="Deneme A.Ş.")
    assert cf.field_problems(company, TODAY) == {}
    assert cf.create_payload(company)["taxNumber"] == "6130782524"
