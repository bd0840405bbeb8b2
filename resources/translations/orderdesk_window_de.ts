<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Actions</name>
        <message numerus="yes">
            <source>%n order(s) changed</source>
            <translation>
                <numerusform>%n Bestellung geändert</numerusform>
                <numerusform>%n Bestellungen geändert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) changed</source>
            <translation>
                <numerusform>{done} von %n Bestellung geändert</numerusform>
                <numerusform>{done} von %n Bestellungen geändert</numerusform>
            </translation>
        </message>
        <message>
            <source>{reference} is not acknowledged yet</source>
            <translation>{reference} ist noch nicht bestätigt</translation>
        </message>
        <message>
            <source>{reference} is not packed yet</source>
            <translation>{reference} ist noch nicht verpackt</translation>
        </message>
        <message>
            <source>{reference} is not dispatched yet</source>
            <translation>{reference} ist noch nicht versendet</translation>
        </message>
        <message>
            <source>{reference} is not delivered yet</source>
            <translation>{reference} ist noch nicht zugestellt</translation>
        </message>
        <message>
            <source>{reference} is already acknowledged</source>
            <translation>{reference} ist bereits bestätigt</translation>
        </message>
        <message>
            <source>{reference} is already packed</source>
            <translation>{reference} ist bereits verpackt</translation>
        </message>
        <message>
            <source>{reference} is already dispatched</source>
            <translation>{reference} ist bereits versendet</translation>
        </message>
        <message>
            <source>{reference} is already delivered</source>
            <translation>{reference} ist bereits zugestellt</translation>
        </message>
        <message>
            <source>{reference} is pending</source>
            <translation>{reference} ist ausstehend</translation>
        </message>
        <message>
            <source>{reference} is processing</source>
            <translation>{reference} ist in Bearbeitung</translation>
        </message>
        <message>
            <source>{reference} is packed</source>
            <translation>{reference} ist verpackt</translation>
        </message>
        <message>
            <source>{reference} is dispatched</source>
            <translation>{reference} ist versendet</translation>
        </message>
        <message>
            <source>{reference} is delivered</source>
            <translation>{reference} ist zugestellt</translation>
        </message>
        <message>
            <source>{reference} is cancelled</source>
            <translation>{reference} ist storniert</translation>
        </message>
        <message>
            <source>{reference} is returned</source>
            <translation>{reference} ist retourniert</translation>
        </message>
        <message>
            <source>select an order</source>
            <translation>wählen Sie eine Bestellung aus</translation>
        </message>
        <message>
            <source>no change of the selected orders failed to reach its channel</source>
            <translation>bei den ausgewählten Bestellungen ist keine Änderung fehlgeschlagen</translation>
        </message>
        <message>
            <source>{reference} has no conflict</source>
            <translation>{reference} hat keinen Konflikt</translation>
        </message>
        <message>
            <source>{channel} keeps no attributes of orders</source>
            <translation>{channel} speichert keine Attribute von Bestellungen</translation>
        </message>
        <message>
            <source>select one order only</source>
            <translation>wählen Sie nur eine Bestellung aus</translation>
        </message>
        <message>
            <source>{channel} takes no invoices from the desk</source>
            <translation>{channel} nimmt keine Rechnungen von OrderDesk an</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Bestätigen</translation>
        </message>
        <message>
            <source>Start work on the order (pending → processing)</source>
            <translation>Mit der Bestellung beginnen (ausstehend → in Bearbeitung)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bearbeiten…</translation>
        </message>
        <message>
            <source>Change address, quantities, lines or note</source>
            <translation>Adresse, Mengen, Positionen oder Notiz ändern</translation>
        </message>
        <message>
            <source>Split…</source>
            <translation>Aufteilen…</translation>
        </message>
        <message>
            <source>Move units into a new order</source>
            <translation>Einheiten in eine neue Bestellung verschieben</translation>
        </message>
        <message>
            <source>Mark packed</source>
            <translation>Als verpackt markieren</translation>
        </message>
        <message>
            <source>The parcel is packed</source>
            <translation>Das Paket ist verpackt</translation>
        </message>
        <message>
            <source>Dispatch…</source>
            <translation>Versenden…</translation>
        </message>
        <message>
            <source>Dispatch with a consignment number and carrier</source>
            <translation>Mit Sendungsnummer und Versanddienstleister versenden</translation>
        </message>
        <message>
            <source>Mark delivered</source>
            <translation>Als zugestellt markieren</translation>
        </message>
        <message>
            <source>The customer has the parcel</source>
            <translation>Der Kunde hat das Paket erhalten</translation>
        </message>
        <message>
            <source>Cancel order…</source>
            <translation>Bestellung stornieren…</translation>
        </message>
        <message>
            <source>Cancel before dispatch, with a reason</source>
            <translation>Vor dem Versand stornieren, mit Begründung</translation>
        </message>
        <message>
            <source>Create return…</source>
            <translation>Retoure anlegen…</translation>
        </message>
        <message>
            <source>Record returned units of a dispatched order</source>
            <translation>Zurückgesendete Einheiten einer versendeten Bestellung erfassen</translation>
        </message>
        <message>
            <source>Create invoice</source>
            <translation>Rechnung erstellen</translation>
        </message>
        <message>
            <source>Invoice the order in its channel (Magento): everything not invoiced yet</source>
            <translation>Die Bestellung in ihrem Kanal in Rechnung stellen (Magento): alles, was noch nicht berechnet ist</translation>
        </message>
        <message>
            <source>Attributes…</source>
            <translation>Attribute…</translation>
        </message>
        <message>
            <source>Order and line attributes</source>
            <translation>Attribute der Bestellung und der Positionen</translation>
        </message>
        <message>
            <source>Buy on OT Platform</source>
            <translation>Bei OT Platform einkaufen</translation>
        </message>
        <message>
            <source>Place the order on an OT Platform channel (AddOrder)</source>
            <translation>Die Bestellung bei einem OT-Platform-Kanal aufgeben (AddOrder)</translation>
        </message>
        <message>
            <source>Retry sync</source>
            <translation>Synchronisierung wiederholen</translation>
        </message>
        <message>
            <source>Send the failed changes of these orders again</source>
            <translation>Die fehlgeschlagenen Änderungen dieser Bestellungen erneut senden</translation>
        </message>
        <message>
            <source>Resolve conflict…</source>
            <translation>Konflikt lösen…</translation>
        </message>
        <message>
            <source>Choose the desk's or the channel's version</source>
            <translation>Die Version von OrderDesk oder die des Kanals wählen</translation>
        </message>
        <message numerus="yes">
            <source>{result}, %n refused: {reasons}.</source>
            <translation>
                <numerusform>{result}, %n abgelehnt: {reasons}.</numerusform>
                <numerusform>{result}, %n abgelehnt: {reasons}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{channel} cannot take it for {reference}</source>
            <translation>{channel} kann das für {reference} nicht annehmen</translation>
        </message>
        <message numerus="yes">
            <source>Acknowledge %n order(s)?</source>
            <translation>
                <numerusform>%n Bestellung bestätigen?</numerusform>
                <numerusform>%n Bestellungen bestätigen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) acknowledged</source>
            <translation>
                <numerusform>%n Bestellung bestätigt</numerusform>
                <numerusform>%n Bestellungen bestätigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) acknowledged</source>
            <translation>
                <numerusform>{done} von %n Bestellung bestätigt</numerusform>
                <numerusform>{done} von %n Bestellungen bestätigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n order(s) packed?</source>
            <translation>
                <numerusform>%n Bestellung als verpackt markieren?</numerusform>
                <numerusform>%n Bestellungen als verpackt markieren?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) marked packed</source>
            <translation>
                <numerusform>%n Bestellung als verpackt markiert</numerusform>
                <numerusform>%n Bestellungen als verpackt markiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) marked packed</source>
            <translation>
                <numerusform>{done} von %n Bestellung als verpackt markiert</numerusform>
                <numerusform>{done} von %n Bestellungen als verpackt markiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Dispatch %n order(s)?</source>
            <translation>
                <numerusform>%n Bestellung versenden?</numerusform>
                <numerusform>%n Bestellungen versenden?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) dispatched</source>
            <translation>
                <numerusform>%n Bestellung versendet</numerusform>
                <numerusform>%n Bestellungen versendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) dispatched</source>
            <translation>
                <numerusform>{done} von %n Bestellung versendet</numerusform>
                <numerusform>{done} von %n Bestellungen versendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n order(s) delivered?</source>
            <translation>
                <numerusform>%n Bestellung als zugestellt markieren?</numerusform>
                <numerusform>%n Bestellungen als zugestellt markieren?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) marked delivered</source>
            <translation>
                <numerusform>%n Bestellung als zugestellt markiert</numerusform>
                <numerusform>%n Bestellungen als zugestellt markiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) marked delivered</source>
            <translation>
                <numerusform>{done} von %n Bestellung als zugestellt markiert</numerusform>
                <numerusform>{done} von %n Bestellungen als zugestellt markiert</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Retry the sync of %n order(s)?</source>
            <translation>
                <numerusform>Synchronisierung von %n Bestellung wiederholen?</numerusform>
                <numerusform>Synchronisierung von %n Bestellungen wiederholen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) sent again</source>
            <translation>
                <numerusform>%n Bestellung erneut gesendet</numerusform>
                <numerusform>%n Bestellungen erneut gesendet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) sent again</source>
            <translation>
                <numerusform>{done} von %n Bestellung erneut gesendet</numerusform>
                <numerusform>{done} von %n Bestellungen erneut gesendet</numerusform>
            </translation>
        </message>
        <message>
            <source>Ask {channel} to invoice order {reference} (and capture its payment)? An invoice cannot be taken back from OrderDesk.</source>
            <translation>{channel} bitten, die Bestellung {reference} in Rechnung zu stellen (und die Zahlung einzuziehen)? Eine Rechnung lässt sich in OrderDesk nicht zurücknehmen.</translation>
        </message>
        <message>
            <source>{reference} is unpaid</source>
            <translation>{reference} ist unbezahlt</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>{app} hit a bug</source>
            <translation>{app} ist auf einen Fehler gestoßen</translation>
        </message>
        <message>
            <source>Something went wrong inside {app}: {message}</source>
            <translation>In {app} ist etwas schiefgegangen: {message}</translation>
        </message>
        <message>
            <source>Your orders and changes are safe in the database; please send the report to support.</source>
            <translation>Ihre Bestellungen und Änderungen sind sicher in der Datenbank; bitte senden Sie den Bericht an den Support.</translation>
        </message>
        <message>
            <source>The report was saved to {file}.</source>
            <translation>Der Bericht wurde in {file} gespeichert.</translation>
        </message>
        <message>
            <source>The report could not be saved to a file.</source>
            <translation>Der Bericht konnte nicht in einer Datei gespeichert werden.</translation>
        </message>
        <message>
            <source>Crash report</source>
            <translation>Fehlerbericht</translation>
        </message>
        <message>
            <source>&amp;Copy report</source>
            <translation>Bericht &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy the crash report</source>
            <translation>Den Fehlerbericht kopieren</translation>
        </message>
        <message>
            <source>Open log &amp;folder</source>
            <translation>Protokoll&amp;ordner öffnen</translation>
        </message>
        <message>
            <source>Open the log folder</source>
            <translation>Den Protokollordner öffnen</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Any</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Order filters</source>
            <translation>Bestellfilter</translation>
        </message>
        <message>
            <source>Search orders</source>
            <translation>Bestellungen suchen</translation>
        </message>
        <message>
            <source>Search or scan: reference, customer, e-mail, SKU, tracking number</source>
            <translation>Suchen oder scannen: Referenz, Kunde, E-Mail, SKU, Trackingnummer</translation>
        </message>
        <message>
            <source>Channel filter</source>
            <translation>Kanalfilter</translation>
        </message>
        <message>
            <source>Source filter</source>
            <translation>Quellenfilter</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Statusfilter</translation>
        </message>
        <message>
            <source>Payment filter</source>
            <translation>Zahlungsfilter</translation>
        </message>
        <message>
            <source>Sync state filter</source>
            <translation>Filter nach Synchronisierungsstatus</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Filter by creation date</source>
            <translation>Nach Erstellungsdatum filtern</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>Suchergebnis</translation>
        </message>
        <message>
            <source>More filters</source>
            <translation>Weitere Filter</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>&amp;Quelle</translation>
        </message>
        <message>
            <source>&amp;Payment</source>
            <translation>&amp;Zahlung</translation>
        </message>
        <message>
            <source>S&amp;ync</source>
            <translation>S&amp;ynchronisierung</translation>
        </message>
        <message>
            <source>Source, payment, sync state and creation date</source>
            <translation>Quelle, Zahlung, Synchronisierungsstatus und Erstellungsdatum</translation>
        </message>
        <message>
            <source>No order matches {code}</source>
            <translation>Keine Bestellung zu {code} gefunden</translation>
        </message>
        <message>
            <source>No order has the reference, consignment or tracking number {code}.</source>
            <translation>Keine Bestellung hat die Referenz, Sendungsnummer oder Trackingnummer {code}.</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Startdatum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Enddatum</translation>
        </message>
        <message>
            <source>&amp;Channel</source>
            <translation>&amp;Kanal</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <source>More filters ({count})</source>
            <translation>Weitere Filter ({count})</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> — demo (simulated channels)</source>
            <translation> — Demo (simulierte Kanäle)</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Bestellungen</translation>
        </message>
        <message>
            <source>Orders shown</source>
            <translation>Angezeigte Bestellungen</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Bestellung</translation>
        </message>
        <message>
            <source>Order panel</source>
            <translation>Bestellbereich</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Aktionen</translation>
        </message>
        <message>
            <source>Order actions</source>
            <translation>Bestellaktionen</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Jetzt synchronisieren</translation>
        </message>
        <message>
            <source>Channels…</source>
            <translation>Kanäle…</translation>
        </message>
        <message>
            <source>Stock…</source>
            <translation>Lagerbestand…</translation>
        </message>
        <message>
            <source>Stock quantities to publish to the channels ({shortcut})</source>
            <translation>Lagerbestände, die an die Kanäle gemeldet werden ({shortcut})</translation>
        </message>
        <message>
            <source>&amp;Find or scan an order</source>
            <translation>Bestellung &amp;suchen oder scannen</translation>
        </message>
        <message>
            <source>Looking up parcel {code} in OT Platform…</source>
            <translation>Paket {code} wird in OT Platform gesucht…</translation>
        </message>
        <message>
            <source>Several orders</source>
            <translation>Mehrere Bestellungen</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Über {app}</translation>
        </message>
        <message>
            <source>One desk for the orders of every sales channel.</source>
            <translation>Ein Arbeitsplatz für die Bestellungen aller Verkaufskanäle.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Wiederholen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ order(s), counting…</source>
            <translation>
                <numerusform>%Ln+ Bestellung, wird gezählt…</numerusform>
                <numerusform>%Ln+ Bestellungen, werden gezählt…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s)</source>
            <translation>
                <numerusform>%Ln Bestellung</numerusform>
                <numerusform>%Ln Bestellungen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Menu bar</source>
            <translation>Menüleiste</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Import orders from a file…</source>
            <translation>Bestellungen aus einer Datei &amp;importieren…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <source>Select &amp;all orders</source>
            <translation>&amp;Alle Bestellungen auswählen</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Order panel</source>
            <translation>&amp;Bestellbereich</translation>
        </message>
        <message>
            <source>&amp;Orders</source>
            <translation>Beste&amp;llungen</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Synchronisierung</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>&amp;Protokollordner öffnen</translation>
        </message>
        <message>
            <source>The application log and crash reports, in the file manager</source>
            <translation>Das Anwendungsprotokoll und die Fehlerberichte im Dateimanager</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>Ü&amp;ber {app}</translation>
        </message>
        <message>
            <source>Sync &amp;log</source>
            <translation>Synchronisierungs&amp;protokoll</translation>
        </message>
        <message>
            <source>Show &amp;failures in the sync log</source>
            <translation>&amp;Fehlgeschlagene Änderungen im Synchronisierungsprotokoll anzeigen</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>What the last action did</source>
            <translation>Was die letzte Aktion bewirkt hat</translation>
        </message>
        <message>
            <source>Dismiss the notice</source>
            <translation>Den Hinweis ausblenden</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Ausblenden</translation>
        </message>
    </context>
    <context>
        <name>OrderStatusBar</name>
        <message>
            <source>idle</source>
            <translation>bereit</translation>
        </message>
        <message>
            <source>syncing</source>
            <translation>synchronisiert</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>sign-in refused</source>
            <translation>Anmeldung abgelehnt</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>pausiert</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Synchronisierungsstatus</translation>
        </message>
        <message>
            <source>Channels' sync states</source>
            <translation>Synchronisierungsstatus der Kanäle</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Fortschritt der Synchronisierung</translation>
        </message>
        <message>
            <source>Sync log: changes waiting and failed</source>
            <translation>Synchronisierungsprotokoll: wartende und fehlgeschlagene Änderungen</translation>
        </message>
        <message>
            <source>Open the sync log (F8)</source>
            <translation>Das Synchronisierungsprotokoll öffnen (F8)</translation>
        </message>
        <message>
            <source>Sync failures: open the sync log</source>
            <translation>Synchronisierungsfehler: das Synchronisierungsprotokoll öffnen</translation>
        </message>
        <message>
            <source>OT Platform questions: open the purchases</source>
            <translation>Fragen von OT Platform: die Einkäufe öffnen</translation>
        </message>
        <message>
            <source>Channel passwords or tokens about to expire</source>
            <translation>Bald ablaufende Passwörter oder Tokens der Kanäle</translation>
        </message>
        <message>
            <source> (synced by {host})</source>
            <translation> (synchronisiert von {host})</translation>
        </message>
        <message>
            <source>Sync log: {waiting} waiting · {failed} failed</source>
            <translation>Synchronisierungsprotokoll: {waiting} wartend · {failed} fehlgeschlagen</translation>
        </message>
        <message>
            <source>{channels}: synced by {host}</source>
            <translation>{channels}: synchronisiert von {host}</translation>
        </message>
        <message>
            <source>{channels}: syncing</source>
            <translation>{channels}: Synchronisierung läuft</translation>
        </message>
        <message>
            <source>{channel}: idle</source>
            <translation>{channel}: bereit</translation>
        </message>
        <message>
            <source>No channels yet</source>
            <translation>Noch keine Kanäle</translation>
        </message>
        <message>
            <source>{channel}: %v of %m</source>
            <translation>{channel}: %v von %m</translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase question(s) from OT Platform — open Purchases</source>
            <translation>
                <numerusform>%Ln Frage von OT Platform zu einem Einkauf — Einkäufe öffnen</numerusform>
                <numerusform>%Ln Fragen von OT Platform zu Einkäufen — Einkäufe öffnen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n channel(s) idle</source>
            <translation>
                <numerusform>%n Kanal bereit</numerusform>
                <numerusform>%n Kanäle bereit</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) could not be sent — open the sync log</source>
            <translation>
                <numerusform>%Ln Änderung konnte nicht gesendet werden — Synchronisierungsprotokoll öffnen</numerusform>
                <numerusform>%Ln Änderungen konnten nicht gesendet werden — Synchronisierungsprotokoll öffnen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to {app}</source>
            <translation>Willkommen bei {app}</translation>
        </message>
        <message>
            <source>This desk has no orders yet. Connect a sales channel and its orders come in by themselves, or load orders from a file. To look around first, open the demo: simulated channels and a throwaway database, nothing of yours is touched.</source>
            <translation>Hier gibt es noch keine Bestellungen. Verbinden Sie einen Verkaufskanal, dann kommen seine Bestellungen von selbst herein, oder laden Sie Bestellungen aus einer Datei. Um sich zuerst umzusehen, öffnen Sie die Demo: simulierte Kanäle und eine Wegwerf-Datenbank, Ihre eigenen Daten bleiben unberührt.</translation>
        </message>
        <message>
            <source>Add a channel…</source>
            <translation>Kanal hinzufügen…</translation>
        </message>
        <message>
            <source>Import orders from a file…</source>
            <translation>Bestellungen aus einer Datei importieren…</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Demo ausprobieren</translation>
        </message>
    </context>
</TS>
