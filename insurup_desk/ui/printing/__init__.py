"""Printing the insurer's own PDF (policy, offer) through Qt Print Support, its pages rendered by Qt PDF."""
