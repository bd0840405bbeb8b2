<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>ChannelFormDialog</name>
        <message>
            <source>Stored — type to replace</source>
            <translation>Gespeichert — zum Ersetzen neu eingeben</translation>
        </message>
        <message>
            <source>Cannot be read now: the keyring is unavailable</source>
            <translation>Derzeit nicht lesbar: der Schlüsselbund ist nicht verfügbar</translation>
        </message>
        <message>
            <source>Cleared when you save</source>
            <translation>Wird beim Speichern gelöscht</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Nicht festgelegt</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Problem with these settings</source>
            <translation>Problem mit diesen Einstellungen</translation>
        </message>
        <message>
            <source>Channel name</source>
            <translation>Kanalname</translation>
        </message>
        <message>
            <source>e.g. Affiliate EU</source>
            <translation>z. B. Affiliate EU</translation>
        </message>
        <message>
            <source>Problem with the channel name</source>
            <translation>Problem mit dem Kanalnamen</translation>
        </message>
        <message>
            <source>Kind of channel</source>
            <translation>Art des Kanals</translation>
        </message>
        <message>
            <source>Problem with the kind of channel</source>
            <translation>Problem mit der Art des Kanals</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Connection settings</source>
            <translation>Verbindungseinstellungen</translation>
        </message>
        <message>
            <source>Sync settings</source>
            <translation>Synchronisierungseinstellungen</translation>
        </message>
        <message>
            <source>Polling interval</source>
            <translation>Abrufintervall</translation>
        </message>
        <message>
            <source>Retry limit</source>
            <translation>Wiederholungslimit</translation>
        </message>
        <message>
            <source>Rate limit</source>
            <translation>Aufruflimit</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> Sekunden</translation>
        </message>
        <message>
            <source>How often OrderDesk asks the channel for new and changed orders.</source>
            <translation>Wie oft OrderDesk den Kanal nach neuen und geänderten Bestellungen fragt.</translation>
        </message>
        <message>
            <source> attempts</source>
            <translation> Versuche</translation>
        </message>
        <message>
            <source>How often a change is sent again before it waits for a supervisor.</source>
            <translation>Wie oft eine Änderung erneut gesendet wird, bevor sie auf einen Supervisor wartet.</translation>
        </message>
        <message>
            <source> calls per minute</source>
            <translation> Aufrufe pro Minute</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Kein Limit</translation>
        </message>
        <message>
            <source>The most calls per minute OrderDesk makes to this channel; 0 for no limit.</source>
            <translation>Die höchste Zahl an Aufrufen pro Minute, die OrderDesk an diesen Kanal richtet; 0 für kein Limit.</translation>
        </message>
        <message>
            <source>Problem with the polling interval</source>
            <translation>Problem mit dem Abrufintervall</translation>
        </message>
        <message>
            <source>Problem with the retry limit</source>
            <translation>Problem mit dem Wiederholungslimit</translation>
        </message>
        <message>
            <source>Problem with the rate limit</source>
            <translation>Problem mit dem Aufruflimit</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Aktiviert</translation>
        </message>
        <message>
            <source>Fields marked with a star are required</source>
            <translation>Felder mit Sternchen sind Pflichtfelder</translation>
        </message>
        <message>
            <source>Channel settings fields</source>
            <translation>Felder der Kanaleinstellungen</translation>
        </message>
        <message>
            <source>Channel settings</source>
            <translation>Kanaleinstellungen</translation>
        </message>
        <message>
            <source>Channel {channel}</source>
            <translation>Kanal {channel}</translation>
        </message>
        <message>
            <source>A channel keeps its name; add a new channel to use another one.</source>
            <translation>Ein Kanal behält seinen Namen; für einen anderen Namen fügen Sie einen neuen Kanal hinzu.</translation>
        </message>
        <message>
            <source>A channel keeps its kind; add a new channel for another kind.</source>
            <translation>Ein Kanal behält seine Art; für eine andere Art fügen Sie einen neuen Kanal hinzu.</translation>
        </message>
        <message>
            <source>There is already a channel called '{channel}'.</source>
            <translation>Es gibt bereits einen Kanal namens '{channel}'.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Speichern</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisierung</translation>
        </message>
        <message>
            <source>Enabled: sync this channel</source>
            <translation>Aktiviert: diesen Kanal synchronisieren</translation>
        </message>
        <message>
            <source>* required</source>
            <translation>* Pflichtfeld</translation>
        </message>
        <message>
            <source>Add channel</source>
            <translation>Kanal hinzufügen</translation>
        </message>
        <message>
            <source>{setting} *</source>
            <translation>{setting} *</translation>
        </message>
        <message>
            <source>required</source>
            <translation>Pflichtfeld</translation>
        </message>
        <message>
            <source>Problem with the {setting}</source>
            <translation>Problem mit {setting}</translation>
        </message>
        <message>
            <source>Correct what is marked in red.</source>
            <translation>Korrigieren Sie, was rot markiert ist.</translation>
        </message>
        <message>
            <source>Clear the stored {setting}</source>
            <translation>Gespeicherten Wert für {setting} löschen</translation>
        </message>
        <message>
            <source>Delete the stored {setting} from the keyring when you save.</source>
            <translation>Löscht beim Speichern den gespeicherten Wert für {setting} aus dem Schlüsselbund.</translation>
        </message>
        <message>
            <source>About the {setting}</source>
            <translation>Hinweis zu {setting}</translation>
        </message>
        <message>
            <source>Fill in: {settings}.</source>
            <translation>Bitte ausfüllen: {settings}.</translation>
        </message>
        <message>
            <source>{default} (when left empty)</source>
            <translation>{default} (wenn leer gelassen)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>{setting} is required.</source>
            <translation>{setting} ist erforderlich.</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <source>Connection test result</source>
            <translation>Ergebnis des Verbindungstests</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Wird getestet…</translation>
        </message>
        <message>
            <source>testing</source>
            <translation>wird getestet</translation>
        </message>
        <message>
            <source>The connection test of these settings failed.

Save them anyway?</source>
            <translation>Der Verbindungstest mit diesen Einstellungen ist fehlgeschlagen.

Trotzdem speichern?</translation>
        </message>
        <message>
            <source>These settings have not been tested: the first sync would be the test.

Save them anyway?</source>
            <translation>Diese Einstellungen wurden nicht getestet: die erste Synchronisierung wäre der Test.

Trotzdem speichern?</translation>
        </message>
        <message>
            <source>Save untested channel</source>
            <translation>Ungetesteten Kanal speichern</translation>
        </message>
        <message>
            <source>Calling {channel}…</source>
            <translation>{channel} wird aufgerufen…</translation>
        </message>
        <message>
            <source>Calling the channel…</source>
            <translation>Kanal wird aufgerufen…</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>verbunden</translation>
        </message>
        <message>
            <source>connection failed</source>
            <translation>Verbindung fehlgeschlagen</translation>
        </message>
        <message>
            <source>The test stopped on an unexpected error; it has been reported.</source>
            <translation>Der Test wurde durch einen unerwarteten Fehler abgebrochen; er wurde gemeldet.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>last sync went well</source>
            <translation>letzte Synchronisierung erfolgreich</translation>
        </message>
        <message>
            <source>syncing now</source>
            <translation>wird gerade synchronisiert</translation>
        </message>
        <message>
            <source>not reachable at the last try</source>
            <translation>beim letzten Versuch nicht erreichbar</translation>
        </message>
        <message>
            <source>sign-in refused at the last try</source>
            <translation>Anmeldung beim letzten Versuch abgelehnt</translation>
        </message>
        <message>
            <source>paused by the channel's rate limit</source>
            <translation>pausiert wegen des Aufruflimits des Kanals</translation>
        </message>
        <message>
            <source>last sync failed</source>
            <translation>letzte Synchronisierung fehlgeschlagen</translation>
        </message>
        <message>
            <source>Remove the channel {channel} ({kind})?</source>
            <translation>Kanal {channel} ({kind}) entfernen?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Settings — sales channels</source>
            <translation>Einstellungen — Verkaufskanäle</translation>
        </message>
        <message>
            <source>Problem with the channels</source>
            <translation>Problem mit den Kanälen</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Was erledigt wurde</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanäle</translation>
        </message>
        <message>
            <source>Selected channel</source>
            <translation>Ausgewählter Kanal</translation>
        </message>
        <message>
            <source>Why the channel cannot be removed</source>
            <translation>Warum der Kanal nicht entfernt werden kann</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Hinzufügen…</translation>
        </message>
        <message>
            <source>Add a channel</source>
            <translation>Einen Kanal hinzufügen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Edit the channel</source>
            <translation>Den Kanal bearbeiten</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Deaktivieren</translation>
        </message>
        <message>
            <source>Disable or enable the channel</source>
            <translation>Den Kanal deaktivieren oder aktivieren</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Entfernen…</translation>
        </message>
        <message>
            <source>Remove the channel</source>
            <translation>Den Kanal entfernen</translation>
        </message>
        <message>
            <source>Sign in to provider…</source>
            <translation>Beim Anbieter anmelden…</translation>
        </message>
        <message>
            <source>Sign the OT Platform channel in to its provider</source>
            <translation>Den OT-Platform-Kanal bei seinem Anbieter anmelden</translation>
        </message>
        <message>
            <source>Saved provider sessions…</source>
            <translation>Gespeicherte Anbietersitzungen…</translation>
        </message>
        <message>
            <source>Choose a provider session OT Platform keeps</source>
            <translation>Eine von OT Platform gespeicherte Anbietersitzung wählen</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialogschaltflächen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Consignment formats…</source>
            <translation>Sendungsnummernformate…</translation>
        </message>
        <message>
            <source>Consignment number formats of the carriers</source>
            <translation>Sendungsnummernformate der Versanddienstleister</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s)</source>
            <translation>
                <numerusform>%Ln Bestellung</numerusform>
                <numerusform>%Ln Bestellungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign in to the provider in the browser window that opens for {channel}…</source>
            <translation>Melden Sie sich im Browserfenster, das sich für {channel} öffnet, beim Anbieter an…</translation>
        </message>
        <message>
            <source>Provider sessions</source>
            <translation>Anbietersitzungen</translation>
        </message>
        <message>
            <source>Session for {channel}:</source>
            <translation>Sitzung für {channel}:</translation>
        </message>
        <message>
            <source>Its settings are deleted from OrderDesk, and its {secrets} from this computer's keyring. It has no orders, so no order is touched. This cannot be undone.</source>
            <translation>Seine Einstellungen werden aus OrderDesk gelöscht und die geheimen Zugangsdaten ({secrets}) aus dem Schlüsselbund dieses Computers. Der Kanal hat keine Bestellungen, es wird also keine Bestellung verändert. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Its settings are deleted from OrderDesk. It has no orders, so no order is touched. This cannot be undone.</source>
            <translation>Seine Einstellungen werden aus OrderDesk gelöscht. Der Kanal hat keine Bestellungen, es wird also keine Bestellung verändert. Dies kann nicht rückgängig gemacht werden.</translation>
        </message>
        <message>
            <source>Remove the channel?</source>
            <translation>Den Kanal entfernen?</translation>
        </message>
        <message>
            <source>Remove channel</source>
            <translation>Kanal entfernen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>{channel} — {kind}</source>
            <translation>{channel} — {kind}</translation>
        </message>
        <message>
            <source>{channel} — {kind} (disabled)</source>
            <translation>{channel} — {kind} (deaktiviert)</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Aktivieren</translation>
        </message>
        <message>
            <source>no address</source>
            <translation>keine Adresse</translation>
        </message>
        <message numerus="yes">
            <source>{channel} has %Ln order(s), so it cannot be removed: its orders keep their history. Disable it instead.</source>
            <translation>
                <numerusform>{channel} hat %Ln Bestellung und kann daher nicht entfernt werden: Bestellungen behalten ihre Historie. Deaktivieren Sie den Kanal stattdessen.</numerusform>
                <numerusform>{channel} hat %Ln Bestellungen und kann daher nicht entfernt werden: Bestellungen behalten ihre Historie. Deaktivieren Sie den Kanal stattdessen.</numerusform>
            </translation>
        </message>
        <message>
            <source>OT Platform keeps no provider session for {channel}: sign in to the provider.</source>
            <translation>OT Platform speichert keine Anbietersitzung für {channel}: Melden Sie sich beim Anbieter an.</translation>
        </message>
        <message>
            <source>{session} (valid)</source>
            <translation>{session} (gültig)</translation>
        </message>
        <message>
            <source>{session} (expired)</source>
            <translation>{session} (abgelaufen)</translation>
        </message>
        <message>
            <source>{channel} is disabled: the sync leaves it alone until it is enabled again.</source>
            <translation>{channel} ist deaktiviert: die Synchronisierung lässt den Kanal aus, bis er wieder aktiviert wird.</translation>
        </message>
        <message>
            <source>{channel} is enabled: the sync picks it up again.</source>
            <translation>{channel} ist aktiviert: die Synchronisierung nimmt den Kanal wieder auf.</translation>
        </message>
        <message>
            <source>Channel {channel} removed. Deleted from the keyring: {secrets}.</source>
            <translation>Kanal {channel} entfernt. Aus dem Schlüsselbund gelöscht: {secrets}.</translation>
        </message>
        <message>
            <source>Channel {channel} removed.</source>
            <translation>Kanal {channel} entfernt.</translation>
        </message>
        <message>
            <source>No channel yet: add one.</source>
            <translation>Noch kein Kanal: Fügen Sie einen hinzu.</translation>
        </message>
        <message numerus="yes">
            <source>asked every %Ln second(s)</source>
            <translation>
                <numerusform>jede Sekunde abgefragt</numerusform>
                <numerusform>alle %Ln Sekunden abgefragt</numerusform>
            </translation>
        </message>
        <message>
            <source>not synced (disabled)</source>
            <translation>nicht synchronisiert (deaktiviert)</translation>
        </message>
        <message>
            <source>{channel} cannot be removed now, its secrets could not be deleted. {reason}</source>
            <translation>{channel} kann jetzt nicht entfernt werden: seine geheimen Zugangsdaten konnten nicht gelöscht werden. {reason}</translation>
        </message>
    </context>
</TS>
