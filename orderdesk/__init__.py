"""OrderDesk: a desktop order desk for warehouse teams working several sales channels."""

__version__ = "0.1.0"
APP_NAME = "OrderDesk"
