"""Compiles the Qt translations (.ts → .qm) into the built package; everything else is in pyproject.toml."""

from __future__ import annotations

import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithTranslations(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).resolve().parent / "insurup_desk" / "resources" / "translations"
        target = Path(self.build_lib) / "insurup_desk" / "resources" / "translations"
        target.mkdir(parents=True, exist_ok=True)
        try:
            import PySide6

            lrelease = Path(PySide6.__file__).resolve().parent / "lrelease"
            if not lrelease.exists():
                lrelease = lrelease.with_suffix(".exe")
        except ImportError:
            self.warn("PySide6 is not installed; .qm files are built at first start instead")
            return
        for ts_file in sorted(source.glob("*.ts")):
            qm_file = target / (ts_file.stem + ".qm")
            subprocess.run([str(lrelease), "-silent", str(ts_file), "-qm", str(qm_file)], check=True)


setup(cmdclass={"build_py": BuildWithTranslations})
