"""GraphQL node dicts with the exact field names of reference §10.8–§10.11.

The GraphQL engine reads these through ``Sandbox.graphql_nodes``; the sandbox builds each node once and
replaces it whenever the record behind it changes.
"""

from __future__ import annotations

from typing import Any

from .records import PRICED_STATES, Agent, CustomerRec, PolicyRec, ProposalRec, User

_PARTY_KEYS = (
    "Name", "IdentityNumber", "TaxNumber", "CityText", "CityValue", "DistrictText", "DistrictValue", "BirthDate",
)


def branch_ref(agent: Agent, branch_id: str | None) -> dict[str, Any] | None:
    branch = agent.branch(branch_id)
    if branch is None:
        return None
    return {"id": branch["id"], "name": branch["name"], "parentId": None, "parentName": None}


def user_ref(user: User | dict[str, Any]) -> dict[str, Any]:
    if isinstance(user, User):
        return {"id": user.id, "name": user.full_name, "email": user.email, "userType": "AGENT"}
    return {"id": user["id"], "name": user["name"], "email": user.get("email"), "userType": "AGENT"}


def customer_name(data: dict[str, Any]) -> str:
    return str(data.get("fullName") or data.get("title") or "")


def party_fields(prefix: str, data: dict[str, Any]) -> dict[str, Any]:
    """``insuredCustomer*`` / ``insurerCustomer*`` columns for a customer's REST record."""
    city = data.get("city") or {}
    district = data.get("district") or {}
    values = (
        customer_name(data),
        data.get("identityNumber"),
        data.get("taxNumber"),
        city.get("text"),
        city.get("value"),
        district.get("text"),
        district.get("value"),
        data.get("birthDate"),
    )
    fields = {f"{prefix}{key}": value for key, value in zip(_PARTY_KEYS, values, strict=True)}
    if prefix == "insuredCustomer":  # the reference lists a type column for the insured party only
        fields[f"{prefix}Type"] = data.get("type", "INDIVIDUAL")
    return fields


def contact_fields(prefix: str, data: dict[str, Any]) -> dict[str, Any]:
    phone = data.get("primaryPhoneNumber") or {}
    return {
        f"{prefix}PhoneNumber": phone.get("number"),
        f"{prefix}PhoneNumberCountryCode": phone.get("countryCode"),
        f"{prefix}Email": data.get("primaryEmail"),
    }


def vehicle_fields(vehicle: dict[str, Any] | None) -> dict[str, Any]:
    if vehicle is None:
        return {
            "vehicleId": None, "vehiclePlateCode": None, "vehiclePlateCity": None,
            "vehicleDocumentSerialCode": None, "vehicleDocumentSerialNumber": None,
            "vehicleModelBrandText": None, "vehicleModelBrandValue": None, "vehicleModelTypeText": None,
            "vehicleModelTypeValue": None, "vehicleModelYear": None, "vehicleFuelType": None,
        }
    plate = vehicle.get("plate") or {}
    serial = vehicle.get("documentSerial") or {}
    model = vehicle.get("model") or {}
    brand = model.get("brand") or {}
    mtype = model.get("type") or {}
    fuel = vehicle.get("fuel") or {}
    return {
        "vehicleId": vehicle["id"],
        "vehiclePlateCode": plate.get("code"),
        "vehiclePlateCity": plate.get("city"),
        "vehicleDocumentSerialCode": serial.get("code"),
        "vehicleDocumentSerialNumber": serial.get("number"),
        "vehicleModelBrandText": brand.get("text"),
        "vehicleModelBrandValue": brand.get("value"),
        "vehicleModelTypeText": mtype.get("text"),
        "vehicleModelTypeValue": mtype.get("value"),
        "vehicleModelYear": model.get("year"),
        "vehicleFuelType": fuel.get("type"),
    }


def customer_node(rec: CustomerRec, agent: Agent, counts: dict[str, int]) -> dict[str, Any]:
    data = rec.data
    city = data.get("city") or {}
    district = data.get("district") or {}
    phone = data.get("primaryPhoneNumber") or {}
    return {
        "id": data["id"],
        "name": customer_name(data),
        "type": data["type"],
        "identityNumber": data.get("identityNumber"),
        "taxNumber": data.get("taxNumber"),
        "primaryEmail": data.get("primaryEmail"),
        "primaryPhoneNumber": phone.get("number"),
        "primaryPhoneNumberCountryCode": phone.get("countryCode"),
        "cityText": city.get("text"),
        "cityValue": city.get("value"),
        "districtText": district.get("text"),
        "districtValue": district.get("value"),
        "createdAt": data["createdAt"],
        "birthDate": data.get("birthDate"),
        "gender": data.get("gender"),
        "educationStatus": data.get("educationStatus"),
        "nationality": data.get("nationality"),
        "maritalStatus": data.get("maritalStatus"),
        "job": data.get("job"),
        "passportNumber": data.get("passportNumber"),
        "agentBranchId": data.get("agentBranchId"),
        "agentBranch": branch_ref(agent, data.get("agentBranchId")),
        "consents": [
            {"consentType": c.get("consentType"), "isActive": bool(c.get("isActive"))}
            for c in data.get("consents") or []
        ],
        "creationChannel": data.get("creationChannel", "MANUAL"),
        "emailCount": 1 if data.get("primaryEmail") else 0,
        "phoneCount": 1 if phone else 0,
        "vehicleCount": counts.get("vehicles", 0),
        "propertyCount": counts.get("properties", 0),
        "proposalCount": counts.get("proposals", 0),
        "policyCount": counts.get("policies", 0),
        "caseCount": counts.get("cases", 0),
    }


def proposal_node(
    p: ProposalRec, now: float, agent: Agent, insured: dict[str, Any], vehicle: dict[str, Any] | None
) -> dict[str, Any]:
    priced = [
        min(pr["grossPremium"] for pr in prod.premiums)
        for prod in p.products
        if prod.state(now) in PRICED_STATES and prod.premiums
    ]
    total = len(p.products)
    node: dict[str, Any] = {
        "id": p.id,
        "productBranch": p.branch,
        "state": p.state(now),
        "channel": p.channel,
        "insurerCustomerId": p.insurer_customer_id,
        "insuredCustomerId": p.insured_customer_id,
        "productsCount": total,
        "succeedProductsCount": len(priced),
        "successRate": round(len(priced) / total, 4) if total else 0.0,
        "createdAt": p.created_at,
        "agentUserCreatedBy": user_ref(p.created_by),
        "lowestPremium": min(priced) if priced else None,
        "highestPremium": max(priced) if priced else None,
        "utilizationStyle": (vehicle or {}).get("utilizationStyle"),
        "propertyId": p.property_id,
        "agentBranchId": p.agent_branch_id,
        "agentBranch": branch_ref(agent, p.agent_branch_id),
    }
    node.update(party_fields("insuredCustomer", insured))
    node.update(contact_fields("insuredCustomer", insured))
    node.update(vehicle_fields(vehicle))
    return node


def policy_node(
    *,
    policy_id: str,
    agent: Agent,
    branch_id: str | None,
    created_by: dict[str, Any],
    insured: dict[str, Any],
    insurer: dict[str, Any],
    vehicle: dict[str, Any],
    core: dict[str, Any],
) -> dict[str, Any]:
    """``core`` carries the policy's own columns (state, premiums, dates, numbers, insurer...)."""
    node: dict[str, Any] = {"id": policy_id}
    node.update(core)
    node["agentBranchId"] = branch_id
    node["agentBranch"] = branch_ref(agent, branch_id)
    node["createdBy"] = created_by
    node.setdefault("representedBy", None)
    node.update(insured)
    node.update(insurer)
    node.update(vehicle)
    return node


def policy_customer_ids(rec: PolicyRec) -> tuple[str, str]:
    return str(rec.node["insurerCustomerId"]), str(rec.node["insuredCustomerId"])


def case_node(
    *,
    case_id: str,
    ref: str,
    agent: Agent,
    customer: dict[str, Any],
    vehicle: dict[str, Any] | None,
    fields: dict[str, Any],
) -> dict[str, Any]:
    node: dict[str, Any] = {"id": case_id, "ref": ref}
    node.update(fields)
    node["customerId"] = customer["id"]
    node["customerName"] = customer_name(customer)
    node["customerType"] = customer.get("type")
    node["customerIdentityNumber"] = customer.get("identityNumber")
    node["customerTaxNumber"] = customer.get("taxNumber")
    node["customerBirthDate"] = customer.get("birthDate")
    node["customerCityText"] = (customer.get("city") or {}).get("text")
    node["assetType"] = "VEHICLE" if vehicle else None
    node["assetId"] = vehicle["id"] if vehicle else None
    node.update(vehicle_fields(vehicle))
    node["vehicleRegistrationDate"] = (vehicle or {}).get("registrationDate")
    node["propertyId"] = None
    node["propertyConstructionYear"] = None
    node["agentBranch"] = branch_ref(agent, node.get("agentBranchId"))
    return node
