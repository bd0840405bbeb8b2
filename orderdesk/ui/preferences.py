"""Edit > Preferences: the user's own choices (not the desk's: channels are the admin's settings), kept per user in
QSettings. The language takes effect the next time the window opens: every text is worded once, when it is built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from orderdesk.core.text import translate
from orderdesk.ui import i18n, ui_settings
from orderdesk.ui.dialogs.focus import KeyboardOrder


def saved_language() -> str:
    """The saved choice: a language code, or "" to follow the system."""
    return str(ui_settings.settings().value(ui_settings.LANGUAGE, "") or "")


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(translate("Preferences", "Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("languageChoice")
        self.language.setAccessibleName(translate("Preferences", "Language"))
        system = i18n.choose_language(None, None)
        self.language.addItem(
            translate("Preferences", "The system's language ({language})", language=i18n.LANGUAGES[system]), ""
        )
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        form = QFormLayout()
        form.addRow(translate("Preferences", "&Language:"), self.language)
        label = form.labelForField(self.language)
        if isinstance(label, QLabel):
            label.setBuddy(self.language)
        note = QLabel(translate("Preferences", "A new language shows the next time OrderDesk opens."))
        note.setObjectName("preferencesNote")
        note.setWordWrap(True)
        note.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        KeyboardOrder(self)

    def accept(self) -> None:
        ui_settings.settings().setValue(ui_settings.LANGUAGE, self.language.currentData() or "")
        super().accept()
