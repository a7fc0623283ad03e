"""Counter: the counter program for renewing and topping up prepaid SIM cards."""

__version__ = "0.1.0"
