"""OrderDesk: a desktop order desk for warehouse teams working several sales channels."""

__version__ = "0.1.0"
APP_NAME = "OrderDesk"
# The reverse-DNS name of the desktop entry (resources/linux/<DESKTOP_ID>.desktop), the AppStream id and the
# installed icon's name: the desktop matches the running window to its entry (and taskbar icon) by it.
DESKTOP_ID = "app.orderdesk.OrderDesk"
