"""InsurUp Desk: branch-counter software for motor insurance sales over the InsurUp B2B API."""

__version__ = "0.1.0"
APP_NAME = "InsurUp Desk"
ORG_NAME = "InsurUp Desk"
