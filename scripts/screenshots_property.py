"""Save the "what we insure" step (vehicles and homes), the new-home form after a UAVT look-up, the address walk,
and Konut quotes, at 1366×768 offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_property.py [OUT_DIR]

Writes wizard_3_vehicle_list.png, wizard_3a_asset_homes.png, wizard_3b_property_form.png,
wizard_3c_address_walk.png and wizard_6b_konut_quotes.png (default OUT_DIR: docs/screenshots).
"""

from __future__ import annotations

import sys

from screenshot_desk import Shot, quotes_in, run_wizard, until

from insurup_desk.services.sales_flow import ASSET, QUOTES


async def shoot(shot: Shot) -> None:
    client, wizard = shot.client, shot.wizard
    customer = await shot.ayse()
    wizard.open_new_sale(customer.id)
    await until(lambda: wizard.flow.current == ASSET and wizard.vehicle_page.vehicles.count() > 0)
    await shot.save("wizard_3_vehicle_list")
    asset = wizard.asset_page
    asset.branch.setCurrentIndex(asset.branch.findData("DASK"))
    homes = wizard.property_page.homes
    await until(lambda: homes.count() > 0)
    await shot.save("wizard_3a_asset_homes")

    page = wizard.property_page
    page._open_form()
    form = page.form
    mine = homes.item(0).text()
    address = await client.properties.address_by_number(int(str((await client.properties.list(customer.id))[0]
                                                               .number)))
    assert address.building is not None and mine
    flats = await client.addresses.level(6, address.building.value)
    form.number.setText(str(flats[2].value))
    page._lookup()
    await until(form.address_line.isVisible)
    form.square_meter.setText("110")
    form.construction_year.setText("2009")
    form.floors.setCurrentIndex(form.floors.findData(1))
    form.current_floor.setText("2")
    await shot.save("wizard_3b_property_form")

    form.clear()
    page._open_walk()
    walk = form.walk
    for level, name in enumerate(("İstanbul", "Kadıköy", "Merkez", "Caferağa Mahallesi", "Moda Caddesi")):
        combo = walk.combos[level]
        await until(lambda c=combo: c.count() > 0)  # type: ignore[misc]
        combo.setCurrentIndex(combo.findText(name))
        combo.chosen.emit(combo.currentIndex())
    await until(lambda: walk.combos[5].count() > 0)
    walk.combos[5].setFocus()
    await shot.save("wizard_3c_address_walk")

    page._close_form()
    asset.branch.setCurrentIndex(asset.branch.findData("KONUT"))
    await until(lambda: homes.count() > 0)
    page._pick()
    await until(lambda: wizard.flow.current == QUOTES)
    quotes = wizard.quotes_page
    quotes.konut.prices["konut_furniture_price"].setText("120000")
    quotes.konut.scope.setCurrentIndex(quotes.konut.scope.findData("KONUT_VE_ESYA"))
    quotes.ask()
    await quotes_in(quotes)
    await shot.save("wizard_6b_konut_quotes")


if __name__ == "__main__":
    sys.exit(run_wizard(shoot))
