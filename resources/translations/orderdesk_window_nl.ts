<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>Actions</name>
        <message numerus="yes">
            <source>%n order(s) changed</source>
            <translation>
                <numerusform>%n order gewijzigd</numerusform>
                <numerusform>%n orders gewijzigd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) changed</source>
            <translation>
                <numerusform>{done} van %n order gewijzigd</numerusform>
                <numerusform>{done} van %n orders gewijzigd</numerusform>
            </translation>
        </message>
        <message>
            <source>{reference} is not acknowledged yet</source>
            <translation>{reference} is nog niet bevestigd</translation>
        </message>
        <message>
            <source>{reference} is not packed yet</source>
            <translation>{reference} is nog niet ingepakt</translation>
        </message>
        <message>
            <source>{reference} is not dispatched yet</source>
            <translation>{reference} is nog niet verzonden</translation>
        </message>
        <message>
            <source>{reference} is not delivered yet</source>
            <translation>{reference} is nog niet afgeleverd</translation>
        </message>
        <message>
            <source>{reference} is already acknowledged</source>
            <translation>{reference} is al bevestigd</translation>
        </message>
        <message>
            <source>{reference} is already packed</source>
            <translation>{reference} is al ingepakt</translation>
        </message>
        <message>
            <source>{reference} is already dispatched</source>
            <translation>{reference} is al verzonden</translation>
        </message>
        <message>
            <source>{reference} is already delivered</source>
            <translation>{reference} is al afgeleverd</translation>
        </message>
        <message>
            <source>{reference} is pending</source>
            <translation>{reference} is in afwachting</translation>
        </message>
        <message>
            <source>{reference} is processing</source>
            <translation>{reference} is in behandeling</translation>
        </message>
        <message>
            <source>{reference} is packed</source>
            <translation>{reference} is ingepakt</translation>
        </message>
        <message>
            <source>{reference} is dispatched</source>
            <translation>{reference} is verzonden</translation>
        </message>
        <message>
            <source>{reference} is delivered</source>
            <translation>{reference} is afgeleverd</translation>
        </message>
        <message>
            <source>{reference} is cancelled</source>
            <translation>{reference} is geannuleerd</translation>
        </message>
        <message>
            <source>{reference} is returned</source>
            <translation>{reference} is geretourneerd</translation>
        </message>
        <message>
            <source>select an order</source>
            <translation>selecteer een order</translation>
        </message>
        <message>
            <source>no change of the selected orders failed to reach its channel</source>
            <translation>bij de geselecteerde orders is geen wijziging mislukt</translation>
        </message>
        <message>
            <source>{reference} has no conflict</source>
            <translation>{reference} heeft geen conflict</translation>
        </message>
        <message>
            <source>{channel} keeps no attributes of orders</source>
            <translation>{channel} bewaart geen attributen van orders</translation>
        </message>
        <message>
            <source>select one order only</source>
            <translation>selecteer maar één order</translation>
        </message>
        <message>
            <source>{channel} takes no invoices from the desk</source>
            <translation>{channel} neemt geen facturen van OrderDesk aan</translation>
        </message>
        <message>
            <source>Acknowledge</source>
            <translation>Bevestigen</translation>
        </message>
        <message>
            <source>Start work on the order (pending → processing)</source>
            <translation>Met de order beginnen (in afwachting → in behandeling)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Bewerken…</translation>
        </message>
        <message>
            <source>Change address, quantities, lines or note</source>
            <translation>Adres, aantallen, regels of notitie wijzigen</translation>
        </message>
        <message>
            <source>Split…</source>
            <translation>Splitsen…</translation>
        </message>
        <message>
            <source>Move units into a new order</source>
            <translation>Stuks naar een nieuwe order verplaatsen</translation>
        </message>
        <message>
            <source>Mark packed</source>
            <translation>Als ingepakt markeren</translation>
        </message>
        <message>
            <source>The parcel is packed</source>
            <translation>Het pakket is ingepakt</translation>
        </message>
        <message>
            <source>Dispatch…</source>
            <translation>Verzenden…</translation>
        </message>
        <message>
            <source>Dispatch with a consignment number and carrier</source>
            <translation>Verzenden met zendingnummer en vervoerder</translation>
        </message>
        <message>
            <source>Mark delivered</source>
            <translation>Als afgeleverd markeren</translation>
        </message>
        <message>
            <source>The customer has the parcel</source>
            <translation>De klant heeft het pakket ontvangen</translation>
        </message>
        <message>
            <source>Cancel order…</source>
            <translation>Order annuleren…</translation>
        </message>
        <message>
            <source>Cancel before dispatch, with a reason</source>
            <translation>Annuleren vóór verzending, met een reden</translation>
        </message>
        <message>
            <source>Create return…</source>
            <translation>Retour aanmaken…</translation>
        </message>
        <message>
            <source>Record returned units of a dispatched order</source>
            <translation>Teruggestuurde stuks van een verzonden order vastleggen</translation>
        </message>
        <message>
            <source>Create invoice</source>
            <translation>Factuur aanmaken</translation>
        </message>
        <message>
            <source>Invoice the order in its channel (Magento): everything not invoiced yet</source>
            <translation>De order factureren in zijn kanaal (Magento): alles wat nog niet gefactureerd is</translation>
        </message>
        <message>
            <source>Attributes…</source>
            <translation>Attributen…</translation>
        </message>
        <message>
            <source>Order and line attributes</source>
            <translation>Attributen van de order en de regels</translation>
        </message>
        <message>
            <source>Buy on OT Platform</source>
            <translation>Inkopen op OT Platform</translation>
        </message>
        <message>
            <source>Place the order on an OT Platform channel (AddOrder)</source>
            <translation>De order plaatsen bij een OT Platform-kanaal (AddOrder)</translation>
        </message>
        <message>
            <source>Retry sync</source>
            <translation>Synchronisatie opnieuw proberen</translation>
        </message>
        <message>
            <source>Send the failed changes of these orders again</source>
            <translation>De mislukte wijzigingen van deze orders opnieuw versturen</translation>
        </message>
        <message>
            <source>Resolve conflict…</source>
            <translation>Conflict oplossen…</translation>
        </message>
        <message>
            <source>Choose the desk's or the channel's version</source>
            <translation>Kies de versie van OrderDesk of die van het kanaal</translation>
        </message>
        <message numerus="yes">
            <source>{result}, %n refused: {reasons}.</source>
            <translation>
                <numerusform>{result}, %n geweigerd: {reasons}.</numerusform>
                <numerusform>{result}, %n geweigerd: {reasons}.</numerusform>
            </translation>
        </message>
        <message>
            <source>{channel} cannot take it for {reference}</source>
            <translation>{channel} kan dit niet verwerken voor {reference}</translation>
        </message>
        <message numerus="yes">
            <source>Acknowledge %n order(s)?</source>
            <translation>
                <numerusform>%n order bevestigen?</numerusform>
                <numerusform>%n orders bevestigen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) acknowledged</source>
            <translation>
                <numerusform>%n order bevestigd</numerusform>
                <numerusform>%n orders bevestigd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) acknowledged</source>
            <translation>
                <numerusform>{done} van %n order bevestigd</numerusform>
                <numerusform>{done} van %n orders bevestigd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n order(s) packed?</source>
            <translation>
                <numerusform>%n order als ingepakt markeren?</numerusform>
                <numerusform>%n orders als ingepakt markeren?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) marked packed</source>
            <translation>
                <numerusform>%n order als ingepakt gemarkeerd</numerusform>
                <numerusform>%n orders als ingepakt gemarkeerd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) marked packed</source>
            <translation>
                <numerusform>{done} van %n order als ingepakt gemarkeerd</numerusform>
                <numerusform>{done} van %n orders als ingepakt gemarkeerd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Dispatch %n order(s)?</source>
            <translation>
                <numerusform>%n order verzenden?</numerusform>
                <numerusform>%n orders verzenden?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) dispatched</source>
            <translation>
                <numerusform>%n order verzonden</numerusform>
                <numerusform>%n orders verzonden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) dispatched</source>
            <translation>
                <numerusform>{done} van %n order verzonden</numerusform>
                <numerusform>{done} van %n orders verzonden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Mark %n order(s) delivered?</source>
            <translation>
                <numerusform>%n order als afgeleverd markeren?</numerusform>
                <numerusform>%n orders als afgeleverd markeren?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) marked delivered</source>
            <translation>
                <numerusform>%n order als afgeleverd gemarkeerd</numerusform>
                <numerusform>%n orders als afgeleverd gemarkeerd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) marked delivered</source>
            <translation>
                <numerusform>{done} van %n order als afgeleverd gemarkeerd</numerusform>
                <numerusform>{done} van %n orders als afgeleverd gemarkeerd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Retry the sync of %n order(s)?</source>
            <translation>
                <numerusform>Synchronisatie van %n order opnieuw proberen?</numerusform>
                <numerusform>Synchronisatie van %n orders opnieuw proberen?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n order(s) sent again</source>
            <translation>
                <numerusform>%n order opnieuw verstuurd</numerusform>
                <numerusform>%n orders opnieuw verstuurd</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n order(s) sent again</source>
            <translation>
                <numerusform>{done} van %n order opnieuw verstuurd</numerusform>
                <numerusform>{done} van %n orders opnieuw verstuurd</numerusform>
            </translation>
        </message>
        <message>
            <source>Ask {channel} to invoice order {reference} (and capture its payment)? An invoice cannot be taken back from OrderDesk.</source>
            <translation>{channel} vragen order {reference} te factureren (en de betaling te innen)? Een factuur kan vanuit OrderDesk niet worden teruggedraaid.</translation>
        </message>
        <message>
            <source>{reference} is unpaid</source>
            <translation>{reference} is onbetaald</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>{app} hit a bug</source>
            <translation>{app} is op een fout gestuit</translation>
        </message>
        <message>
            <source>Something went wrong inside {app}: {message}</source>
            <translation>Er ging iets mis in {app}: {message}</translation>
        </message>
        <message>
            <source>Your orders and changes are safe in the database; please send the report to support.</source>
            <translation>Uw orders en wijzigingen staan veilig in de database; stuur het rapport alstublieft naar de helpdesk.</translation>
        </message>
        <message>
            <source>The report was saved to {file}.</source>
            <translation>Het rapport is opgeslagen in {file}.</translation>
        </message>
        <message>
            <source>The report could not be saved to a file.</source>
            <translation>Het rapport kon niet in een bestand worden opgeslagen.</translation>
        </message>
        <message>
            <source>Crash report</source>
            <translation>Foutrapport</translation>
        </message>
        <message>
            <source>&amp;Copy report</source>
            <translation>Rapport &amp;kopiëren</translation>
        </message>
        <message>
            <source>Copy the crash report</source>
            <translation>Het foutrapport kopiëren</translation>
        </message>
        <message>
            <source>Open log &amp;folder</source>
            <translation>Log&amp;map openen</translation>
        </message>
        <message>
            <source>Open the log folder</source>
            <translation>De logmap openen</translation>
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
            <translation>Orderfilters</translation>
        </message>
        <message>
            <source>Search orders</source>
            <translation>Orders zoeken</translation>
        </message>
        <message>
            <source>Search or scan: reference, customer, e-mail, SKU, tracking number</source>
            <translation>Zoeken of scannen: referentie, klant, e-mail, SKU, trackingnummer</translation>
        </message>
        <message>
            <source>Channel filter</source>
            <translation>Kanaalfilter</translation>
        </message>
        <message>
            <source>Source filter</source>
            <translation>Bronfilter</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Statusfilter</translation>
        </message>
        <message>
            <source>Payment filter</source>
            <translation>Betalingsfilter</translation>
        </message>
        <message>
            <source>Sync state filter</source>
            <translation>Filter op synchronisatiestatus</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Aangemaakt</translation>
        </message>
        <message>
            <source>Filter by creation date</source>
            <translation>Filteren op aanmaakdatum</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>Zoekresultaat</translation>
        </message>
        <message>
            <source>More filters</source>
            <translation>Meer filters</translation>
        </message>
        <message>
            <source>&amp;Source</source>
            <translation>&amp;Bron</translation>
        </message>
        <message>
            <source>&amp;Payment</source>
            <translation>B&amp;etaling</translation>
        </message>
        <message>
            <source>S&amp;ync</source>
            <translation>S&amp;ynchronisatie</translation>
        </message>
        <message>
            <source>Source, payment, sync state and creation date</source>
            <translation>Bron, betaling, synchronisatiestatus en aanmaakdatum</translation>
        </message>
        <message>
            <source>No order matches {code}</source>
            <translation>Geen order gevonden voor {code}</translation>
        </message>
        <message>
            <source>No order has the reference, consignment or tracking number {code}.</source>
            <translation>Geen order heeft de referentie, het zendingnummer of het trackingnummer {code}.</translation>
        </message>
        <message>
            <source>From date</source>
            <translation>Begindatum</translation>
        </message>
        <message>
            <source>To date</source>
            <translation>Einddatum</translation>
        </message>
        <message>
            <source>&amp;Channel</source>
            <translation>&amp;Kanaal</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <source>More filters ({count})</source>
            <translation>Meer filters ({count})</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source> — demo (simulated channels)</source>
            <translation> — demo (gesimuleerde kanalen)</translation>
        </message>
        <message>
            <source>Orders</source>
            <translation>Orders</translation>
        </message>
        <message>
            <source>Orders shown</source>
            <translation>Getoonde orders</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Order panel</source>
            <translation>Orderpaneel</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>Acties</translation>
        </message>
        <message>
            <source>Order actions</source>
            <translation>Orderacties</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>Nu synchroniseren</translation>
        </message>
        <message>
            <source>Channels…</source>
            <translation>Kanalen…</translation>
        </message>
        <message>
            <source>Stock…</source>
            <translation>Voorraad…</translation>
        </message>
        <message>
            <source>Stock quantities to publish to the channels ({shortcut})</source>
            <translation>Voorraad om naar de kanalen te publiceren ({shortcut})</translation>
        </message>
        <message>
            <source>&amp;Find or scan an order</source>
            <translation>Order &amp;zoeken of scannen</translation>
        </message>
        <message>
            <source>Looking up parcel {code} in OT Platform…</source>
            <translation>Pakket {code} opzoeken in OT Platform…</translation>
        </message>
        <message>
            <source>Several orders</source>
            <translation>Meerdere orders</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Over {app}</translation>
        </message>
        <message>
            <source>One desk for the orders of every sales channel.</source>
            <translation>Eén plek voor de orders van al uw verkoopkanalen.</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Opnieuw proberen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln+ order(s), counting…</source>
            <translation>
                <numerusform>%Ln+ order, wordt geteld…</numerusform>
                <numerusform>%Ln+ orders, worden geteld…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s)</source>
            <translation>
                <numerusform>%Ln order</numerusform>
                <numerusform>%Ln orders</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <source>Menu bar</source>
            <translation>Menubalk</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Import orders from a file…</source>
            <translation>Orders &amp;importeren uit een bestand…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>Select &amp;all orders</source>
            <translation>&amp;Alle orders selecteren</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Voorkeuren…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>&amp;Order panel</source>
            <translation>&amp;Orderpaneel</translation>
        </message>
        <message>
            <source>&amp;Orders</source>
            <translation>&amp;Orders</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>&amp;Synchronisatie</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Sneltoetsen</translation>
        </message>
        <message>
            <source>Open &amp;log folder</source>
            <translation>&amp;Logmap openen</translation>
        </message>
        <message>
            <source>The application log and crash reports, in the file manager</source>
            <translation>Het applicatielogboek en de foutrapporten, in de bestandsbeheerder</translation>
        </message>
        <message>
            <source>&amp;About {app}</source>
            <translation>&amp;Over {app}</translation>
        </message>
        <message>
            <source>Sync &amp;log</source>
            <translation>Synchronisatie&amp;logboek</translation>
        </message>
        <message>
            <source>Show &amp;failures in the sync log</source>
            <translation>&amp;Mislukte wijzigingen in het synchronisatielogboek tonen</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>What the last action did</source>
            <translation>Wat de laatste actie deed</translation>
        </message>
        <message>
            <source>Dismiss the notice</source>
            <translation>De melding sluiten</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Sluiten</translation>
        </message>
    </context>
    <context>
        <name>OrderStatusBar</name>
        <message>
            <source>idle</source>
            <translation>gereed</translation>
        </message>
        <message>
            <source>syncing</source>
            <translation>synchroniseert</translation>
        </message>
        <message>
            <source>offline</source>
            <translation>offline</translation>
        </message>
        <message>
            <source>sign-in refused</source>
            <translation>aanmelding geweigerd</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>gepauzeerd</translation>
        </message>
        <message>
            <source>error</source>
            <translation>fout</translation>
        </message>
        <message>
            <source>Sync status</source>
            <translation>Synchronisatiestatus</translation>
        </message>
        <message>
            <source>Channels' sync states</source>
            <translation>Synchronisatiestatus van de kanalen</translation>
        </message>
        <message>
            <source>Sync progress</source>
            <translation>Voortgang van de synchronisatie</translation>
        </message>
        <message>
            <source>Sync log: changes waiting and failed</source>
            <translation>Synchronisatielogboek: wachtende en mislukte wijzigingen</translation>
        </message>
        <message>
            <source>Open the sync log (F8)</source>
            <translation>Het synchronisatielogboek openen (F8)</translation>
        </message>
        <message>
            <source>Sync failures: open the sync log</source>
            <translation>Mislukte synchronisatie: het synchronisatielogboek openen</translation>
        </message>
        <message>
            <source>OT Platform questions: open the purchases</source>
            <translation>Vragen van OT Platform: de bestellingen openen</translation>
        </message>
        <message>
            <source>Channel passwords or tokens about to expire</source>
            <translation>Wachtwoorden of tokens van kanalen die bijna verlopen</translation>
        </message>
        <message>
            <source> (synced by {host})</source>
            <translation> (gesynchroniseerd door {host})</translation>
        </message>
        <message>
            <source>Sync log: {waiting} waiting · {failed} failed</source>
            <translation>Synchronisatielogboek: {waiting} wachtend · {failed} mislukt</translation>
        </message>
        <message>
            <source>{channels}: synced by {host}</source>
            <translation>{channels}: gesynchroniseerd door {host}</translation>
        </message>
        <message>
            <source>{channels}: syncing</source>
            <translation>{channels}: bezig met synchroniseren</translation>
        </message>
        <message>
            <source>{channel}: idle</source>
            <translation>{channel}: gereed</translation>
        </message>
        <message>
            <source>No channels yet</source>
            <translation>Nog geen kanalen</translation>
        </message>
        <message>
            <source>{channel}: %v of %m</source>
            <translation>{channel}: %v van %m</translation>
        </message>
        <message numerus="yes">
            <source>%Ln purchase question(s) from OT Platform — open Purchases</source>
            <translation>
                <numerusform>%Ln vraag van OT Platform over een bestelling — open Bestellingen</numerusform>
                <numerusform>%Ln vragen van OT Platform over bestellingen — open Bestellingen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n channel(s) idle</source>
            <translation>
                <numerusform>%n kanaal gereed</numerusform>
                <numerusform>%n kanalen gereed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln change(s) could not be sent — open the sync log</source>
            <translation>
                <numerusform>%Ln wijziging kon niet worden verstuurd — open het synchronisatielogboek</numerusform>
                <numerusform>%Ln wijzigingen konden niet worden verstuurd — open het synchronisatielogboek</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to {app}</source>
            <translation>Welkom bij {app}</translation>
        </message>
        <message>
            <source>This desk has no orders yet. Connect a sales channel and its orders come in by themselves, or load orders from a file. To look around first, open the demo: simulated channels and a throwaway database, nothing of yours is touched.</source>
            <translation>Er zijn nog geen orders. Koppel een verkoopkanaal, dan komen de orders vanzelf binnen, of laad orders uit een bestand. Wilt u eerst rondkijken? Open dan de demo: gesimuleerde kanalen en een database voor eenmalig gebruik, aan uw eigen gegevens komt niets.</translation>
        </message>
        <message>
            <source>Add a channel…</source>
            <translation>Kanaal toevoegen…</translation>
        </message>
        <message>
            <source>Import orders from a file…</source>
            <translation>Orders importeren uit een bestand…</translation>
        </message>
        <message>
            <source>Try the demo</source>
            <translation>Demo proberen</translation>
        </message>
    </context>
</TS>
