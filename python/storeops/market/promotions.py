"""Promotion arithmetic on a basket, exact in fen (满减, 第2件半价, coupons, member discounts,
收藏减5, free shipping), with the 70%-of-list floor outside big campaigns (002)."""

from __future__ import annotations

from storeops._core import BasketPrice, Promotion, price_basket

__all__ = ["BasketPrice", "Promotion", "price_basket"]
