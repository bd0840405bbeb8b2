<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>DetailPanel</name>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Qty</source>
            <translation>Aantal</translation>
        </message>
        <message>
            <source>Unit price</source>
            <translation>Stukprijs</translation>
        </message>
        <message>
            <source>Tracking</source>
            <translation>Tracking</translation>
        </message>
        <message>
            <source>ERP line</source>
            <translation>ERP-regel</translation>
        </message>
        <message>
            <source>No order selected. Select an order to see it here.</source>
            <translation>Geen order geselecteerd. Selecteer een order om die hier te zien.</translation>
        </message>
        <message>
            <source>Order details</source>
            <translation>Ordergegevens</translation>
        </message>
        <message>
            <source>Order summary</source>
            <translation>Orderoverzicht</translation>
        </message>
        <message>
            <source>Order lines</source>
            <translation>Orderregels</translation>
        </message>
        <message>
            <source>Addresses, attributes and consignment</source>
            <translation>Adressen, attributen en zending</translation>
        </message>
        <message>
            <source>Order timeline</source>
            <translation>Tijdlijn van de order</translation>
        </message>
        <message>
            <source>Retry failed sync</source>
            <translation>Mislukte synchronisatie opnieuw proberen</translation>
        </message>
        <message>
            <source>Retry the failed sync event</source>
            <translation>De mislukte wijziging opnieuw naar het kanaal versturen</translation>
        </message>
        <message>
            <source>Total {amount}</source>
            <translation>Totaal {amount}</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Tijdlijn</translation>
        </message>
        <message>
            <source>order {number}</source>
            <translation>order {number}</translation>
        </message>
        <message>
            <source>split from {order}</source>
            <translation>afgesplitst van {order}</translation>
        </message>
        <message>
            <source>split into {orders}</source>
            <translation>gesplitst in {orders}</translation>
        </message>
        <message>
            <source>payment: {state}</source>
            <translation>betaling: {state}</translation>
        </message>
        <message>
            <source>sync: {state}</source>
            <translation>synchronisatie: {state}</translation>
        </message>
        <message>
            <source>version {number}</source>
            <translation>versie {number}</translation>
        </message>
        <message>
            <source>commission {amount}</source>
            <translation>commissie {amount}</translation>
        </message>
        <message>
            <source>Ship to</source>
            <translation>Afleveradres</translation>
        </message>
        <message>
            <source>Bill to</source>
            <translation>Factuuradres</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Klant</translation>
        </message>
        <message>
            <source>Consignment</source>
            <translation>Zending</translation>
        </message>
        <message>
            <source>ERP order number</source>
            <translation>ERP-ordernummer</translation>
        </message>
        <message>
            <source>Invoice</source>
            <translation>Factuur</translation>
        </message>
        <message>
            <source>Attributes</source>
            <translation>Attributen</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
    </context>
    <context>
        <name>DiscardEventDialog</name>
        <message>
            <source>Order {reference}: {kind} event #{number}, {state}.</source>
            <translation>Order {reference}: wijziging #{number} ({kind}), {state}.</translation>
        </message>
        <message>
            <source>{channel} will never hear of this change. The order stays as it is here; its history records that you discarded the event, and why.</source>
            <translation>{channel} hoort nooit van deze wijziging. De order blijft hier zoals hij is; in de geschiedenis van de order staat dat u de wijziging hebt verworpen, en waarom.</translation>
        </message>
        <message>
            <source>Discard sync event</source>
            <translation>Wijziging verwerpen</translation>
        </message>
        <message>
            <source>Discard error</source>
            <translation>Fout bij het verwerpen</translation>
        </message>
        <message>
            <source>No message.</source>
            <translation>Geen melding.</translation>
        </message>
        <message>
            <source>Reason for discarding</source>
            <translation>Reden om te verwerpen</translation>
        </message>
        <message>
            <source>e.g. fixed by hand in the channel</source>
            <translation>bijv. met de hand in het kanaal hersteld</translation>
        </message>
        <message>
            <source>Reason error</source>
            <translation>Fout in de reden</translation>
        </message>
        <message>
            <source>Discard the event</source>
            <translation>De wijziging verwerpen</translation>
        </message>
        <message>
            <source>Keep the event</source>
            <translation>De wijziging bewaren</translation>
        </message>
        <message>
            <source>Why discard it?</source>
            <translation>Waarom verwerpen?</translation>
        </message>
        <message>
            <source>Discard event</source>
            <translation>Verwerpen</translation>
        </message>
        <message>
            <source>Give a reason: it goes into the order's history.</source>
            <translation>Geef een reden: die komt in de geschiedenis van de order.</translation>
        </message>
    </context>
    <context>
        <name>OrderTable</name>
        <message>
            <source>Changes wait to be sent to the channel</source>
            <translation>Wijzigingen staan klaar om naar het kanaal te worden verstuurd</translation>
        </message>
        <message>
            <source>A change could not be sent: see the sync log</source>
            <translation>Een wijziging kon niet worden verstuurd: zie het synchronisatielogboek</translation>
        </message>
        <message>
            <source>The channel changed this order too: choose which version to keep</source>
            <translation>Het kanaal heeft deze order ook gewijzigd: kies welke versie u bewaart</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Referentie</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Bron</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Payment</source>
            <translation>Betaling</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Klant</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Regels</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message>
            <source>Consignment</source>
            <translation>Zending</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisatie</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Aangemaakt</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Bijgewerkt</translation>
        </message>
        <message>
            <source>ERP number</source>
            <translation>ERP-nummer</translation>
        </message>
    </context>
    <context>
        <name>PurchasesPane</name>
        <message>
            <source>Purchase</source>
            <translation>Bestelling</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Via</source>
            <translation>Via</translation>
        </message>
        <message>
            <source>OT order</source>
            <translation>OT-order</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>OT status</source>
            <translation>OT-status</translation>
        </message>
        <message>
            <source>Paid</source>
            <translation>Betaald</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Melding</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activiteit</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Actie</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Voortgang</translation>
        </message>
        <message>
            <source>Question or message</source>
            <translation>Vraag of melding</translation>
        </message>
        <message>
            <source>{paid} of {total}</source>
            <translation>{paid} van {total}</translation>
        </message>
        <message>
            <source>Purchases</source>
            <translation>Bestellingen</translation>
        </message>
        <message>
            <source>Purchases on OT Platform and autopurchase questions (F7)</source>
            <translation>Bestellingen op OT Platform en vragen over automatisch inkopen (F7)</translation>
        </message>
        <message>
            <source>Purchases on OT Platform</source>
            <translation>Bestellingen op OT Platform</translation>
        </message>
        <message>
            <source>The selected purchase</source>
            <translation>De geselecteerde bestelling</translation>
        </message>
        <message>
            <source>Deposit if the customer's account is short</source>
            <translation>Storting als het tegoed van de klant niet toereikend is</translation>
        </message>
        <message>
            <source>deposit if the account is short</source>
            <translation>storting als het tegoed niet toereikend is</translation>
        </message>
        <message>
            <source>Pay</source>
            <translation>Betalen</translation>
        </message>
        <message>
            <source>Pay the selected purchase</source>
            <translation>De geselecteerde bestelling betalen</translation>
        </message>
        <message>
            <source>Cancel on OT</source>
            <translation>Annuleren op OT</translation>
        </message>
        <message>
            <source>Cancel the selected purchase's OT order</source>
            <translation>De OT-order van de geselecteerde bestelling annuleren</translation>
        </message>
        <message>
            <source>Export to provider</source>
            <translation>Naar leverancier exporteren</translation>
        </message>
        <message>
            <source>Export the selected purchase to the provider</source>
            <translation>De geselecteerde bestelling naar de leverancier exporteren</translation>
        </message>
        <message>
            <source>Sync with provider</source>
            <translation>Synchroniseren met leverancier</translation>
        </message>
        <message>
            <source>Synchronize exported orders with the provider</source>
            <translation>Geëxporteerde orders synchroniseren met de leverancier</translation>
        </message>
        <message>
            <source>Autopurchase activities</source>
            <translation>Activiteiten voor automatisch inkopen</translation>
        </message>
        <message>
            <source>The question OT Platform asks</source>
            <translation>De vraag die OT Platform stelt</translation>
        </message>
        <message>
            <source>Purchase P{number} of {reference} via {channel}: {state}.</source>
            <translation>Bestelling P{number} van {reference} via {channel}: {state}.</translation>
        </message>
        <message>
            <source>OT Platform asks about {subject}: {question}</source>
            <translation>OT Platform vraagt over {subject}: {question}</translation>
        </message>
        <message>
            <source>There is no OT Platform channel to buy on: add one under Channels.</source>
            <translation>Er is geen OT Platform-kanaal om op in te kopen: voeg er een toe onder Kanalen.</translation>
        </message>
        <message>
            <source>Buy on OT Platform</source>
            <translation>Inkopen op OT Platform</translation>
        </message>
        <message>
            <source>Buy through the channel:</source>
            <translation>Inkopen via het kanaal:</translation>
        </message>
        <message>
            <source>Select a purchase to see what OT Platform did with it.</source>
            <translation>Selecteer een bestelling om te zien wat OT Platform ermee heeft gedaan.</translation>
        </message>
        <message>
            <source>Answer: {choice}</source>
            <translation>Antwoord: {choice}</translation>
        </message>
        <message>
            <source>OT line {line} ({item}): provider order {provider_order}, waybill {waybill}</source>
            <translation>OT-regel {line} ({item}): leveranciersorder {provider_order}, vrachtbrief {waybill}</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent}%</translation>
        </message>
    </context>
    <context>
        <name>StockView</name>
        <message>
            <source>SKU</source>
            <translation>SKU</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Quantity to publish</source>
            <translation>Te publiceren aantal</translation>
        </message>
        <message>
            <source>Last sent</source>
            <translation>Laatst verstuurd</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Channel's answer</source>
            <translation>Antwoord van het kanaal</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>wachtend</translation>
        </message>
        <message>
            <source>sending</source>
            <translation>wordt verstuurd</translation>
        </message>
        <message>
            <source>checking (answer lost)</source>
            <translation>wordt gecontroleerd (antwoord verloren)</translation>
        </message>
        <message>
            <source>published</source>
            <translation>gepubliceerd</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>mislukt</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Voorraad</translation>
        </message>
        <message>
            <source>Stock quantities</source>
            <translation>Voorraadaantallen</translation>
        </message>
        <message>
            <source>Channel to publish to</source>
            <translation>Kanaal om naar te publiceren</translation>
        </message>
        <message>
            <source>Queue the quantity for the SKU</source>
            <translation>Het aantal voor de SKU klaarzetten</translation>
        </message>
        <message>
            <source>Import a sku,quantity CSV file</source>
            <translation>Een CSV-bestand met de kolommen sku,quantity importeren</translation>
        </message>
        <message>
            <source>Send the failed quantities again</source>
            <translation>De mislukte aantallen opnieuw versturen</translation>
        </message>
        <message>
            <source>What the last stock action did</source>
            <translation>Wat de laatste voorraadactie deed</translation>
        </message>
        <message>
            <source>Why the stock action was refused</source>
            <translation>Waarom de voorraadactie is geweigerd</translation>
        </message>
        <message numerus="yes">
            <source>%n quantity(ies) failed</source>
            <translation>
                <numerusform>%n aantal mislukt</numerusform>
                <numerusform>%n aantallen mislukt</numerusform>
            </translation>
        </message>
        <message>
            <source>{sku}: {quantity} queued for {channel}.</source>
            <translation>{sku}: {quantity} klaargezet voor {channel}.</translation>
        </message>
        <message>
            <source>Import stock quantities</source>
            <translation>Voorraadaantallen importeren</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
        </message>
        <message numerus="yes">
            <source>{file}: %Ln quantity(ies) queued for {channel}</source>
            <translation>
                <numerusform>{file}: %Ln aantal klaargezet voor {channel}</numerusform>
                <numerusform>{file}: %Ln aantallen klaargezet voor {channel}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln failed quantity(ies) queued again for {channel}.</source>
            <translation>
                <numerusform>%Ln mislukt aantal opnieuw klaargezet voor {channel}.</numerusform>
                <numerusform>%Ln mislukte aantallen opnieuw klaargezet voor {channel}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Queue quantity</source>
            <translation>Aantal klaarzetten</translation>
        </message>
        <message>
            <source>Import CSV…</source>
            <translation>CSV importeren…</translation>
        </message>
        <message>
            <source>Retry failed</source>
            <translation>Mislukte opnieuw proberen</translation>
        </message>
        <message>
            <source>No channel takes stock quantities: add a Magento channel under Channels… first.</source>
            <translation>Geen enkel kanaal neemt voorraadaantallen aan: voeg eerst een Magento-kanaal toe onder Kanalen….</translation>
        </message>
        <message>
            <source>{quantity} at {time}</source>
            <translation>{quantity} op {time}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln repeated SKU(s), the later line counts</source>
            <translation>
                <numerusform>%Ln herhaalde SKU, de laatste regel telt</numerusform>
                <numerusform>%Ln herhaalde SKU's, de laatste regel telt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln line(s) refused:</source>
            <translation>
                <numerusform>%Ln regel geweigerd:</numerusform>
                <numerusform>%Ln regels geweigerd:</numerusform>
            </translation>
        </message>
        <message>
            <source>line {number}: {reason}</source>
            <translation>regel {number}: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… en nog %Ln</numerusform>
                <numerusform>… en nog %Ln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncLog</name>
        <message>
            <source>Time</source>
            <translation>Tijd</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Richting</translation>
        </message>
        <message>
            <source>Operation</source>
            <translation>Bewerking</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultaat</translation>
        </message>
        <message>
            <source>HTTP status</source>
            <translation>HTTP-status</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Melding</translation>
        </message>
    </context>
    <context>
        <name>SyncLogDirection</name>
        <message>
            <source>pull</source>
            <translation>ophalen</translation>
        </message>
        <message>
            <source>push</source>
            <translation>versturen</translation>
        </message>
    </context>
    <context>
        <name>SyncLogOutcome</name>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>done</source>
            <translation>klaar</translation>
        </message>
        <message>
            <source>retry</source>
            <translation>wordt herhaald</translation>
        </message>
        <message>
            <source>paused</source>
            <translation>gepauzeerd</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>mislukt</translation>
        </message>
        <message>
            <source>uncertain</source>
            <translation>onzeker</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>afgewezen</translation>
        </message>
        <message>
            <source>gap</source>
            <translation>hiaat</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>waarschuwing</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>overgeslagen</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>geweigerd</translation>
        </message>
    </context>
    <context>
        <name>SyncLogPane</name>
        <message>
            <source>Channel</source>
            <translation>Kanaal</translation>
        </message>
        <message>
            <source>Cause</source>
            <translation>Oorzaak</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Wijzigingen</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Voorbeeld</translation>
        </message>
        <message>
            <source>(none kept)</source>
            <translation>(niet bewaard)</translation>
        </message>
        <message>
            <source>Failed events by cause</source>
            <translation>Mislukte wijzigingen per oorzaak</translation>
        </message>
        <message>
            <source>Select a log line of a failed or uncertain sync event to retry or discard it.</source>
            <translation>Selecteer een logregel van een mislukte of onzekere wijziging om die opnieuw te proberen of te verwerpen.</translation>
        </message>
        <message>
            <source>Outcome: {outcome}</source>
            <translation>Resultaat: {outcome}</translation>
        </message>
        <message>
            <source>Request (secrets masked):</source>
            <translation>Verzoek (geheimen gemaskeerd):</translation>
        </message>
        <message>
            <source>Response:</source>
            <translation>Antwoord:</translation>
        </message>
        <message>
            <source>Sync log</source>
            <translation>Synchronisatielogboek</translation>
        </message>
        <message>
            <source>Channel filter</source>
            <translation>Kanaalfilter</translation>
        </message>
        <message>
            <source>Outcome filter</source>
            <translation>Resultaatfilter</translation>
        </message>
        <message>
            <source>Text filter</source>
            <translation>Tekstfilter</translation>
        </message>
        <message>
            <source>Order, operation or message…</source>
            <translation>Order, bewerking of melding…</translation>
        </message>
        <message>
            <source>Failed only</source>
            <translation>Alleen mislukte</translation>
        </message>
        <message>
            <source>Export the filtered log as CSV</source>
            <translation>Het gefilterde logboek als CSV exporteren</translation>
        </message>
        <message>
            <source>Sync log status</source>
            <translation>Status van het synchronisatielogboek</translation>
        </message>
        <message>
            <source>Sync log entries</source>
            <translation>Regels van het synchronisatielogboek</translation>
        </message>
        <message>
            <source>Details of the selected log entry</source>
            <translation>Details van de geselecteerde logregel</translation>
        </message>
        <message>
            <source>Select a log entry to see the request and the answer.</source>
            <translation>Selecteer een logregel om het verzoek en het antwoord te zien.</translation>
        </message>
        <message>
            <source>Retry the failed event</source>
            <translation>De mislukte wijziging opnieuw proberen</translation>
        </message>
        <message>
            <source>Discard the failed event</source>
            <translation>De mislukte wijziging verwerpen</translation>
        </message>
        <message>
            <source>Sync event error</source>
            <translation>Fout bij de wijziging</translation>
        </message>
        <message>
            <source>Failed events grouped by cause</source>
            <translation>Mislukte wijzigingen gegroepeerd per oorzaak</translation>
        </message>
        <message>
            <source>Retry every event of the selected cause</source>
            <translation>Elke wijziging met de geselecteerde oorzaak opnieuw proberen</translation>
        </message>
        <message>
            <source>Open the channel's settings</source>
            <translation>De instellingen van het kanaal openen</translation>
        </message>
        <message>
            <source>Failed events group message</source>
            <translation>Melding bij de groep mislukte wijzigingen</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>Alle kanalen</translation>
        </message>
        <message>
            <source>All outcomes</source>
            <translation>Alle resultaten</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s) of {channel} queued again.</source>
            <translation>
                <numerusform>%n wijziging van {channel} staat opnieuw klaar.</numerusform>
                <numerusform>%n wijzigingen van {channel} staan opnieuw klaar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Export the sync log</source>
            <translation>Het synchronisatielogboek exporteren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-bestanden (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entry(ies) exported to {file}.</source>
            <translation>
                <numerusform>%Ln regel geëxporteerd naar {file}.</numerusform>
                <numerusform>%Ln regels geëxporteerd naar {file}.</numerusform>
            </translation>
        </message>
        <message>
            <source>HTTP {status}</source>
            <translation>HTTP {status}</translation>
        </message>
        <message>
            <source>took {milliseconds} ms</source>
            <translation>duurde {milliseconds} ms</translation>
        </message>
        <message>
            <source>(no message)</source>
            <translation>(geen melding)</translation>
        </message>
        <message numerus="yes">
            <source>Sync event #{number} ({kind}): now {state}, %n attempt(s)</source>
            <translation>
                <numerusform>Wijziging #{number} ({kind}): nu {state}, %n poging</numerusform>
                <numerusform>Wijziging #{number} ({kind}): nu {state}, %n pogingen</numerusform>
            </translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exporteren…</translation>
        </message>
        <message>
            <source>Retry event</source>
            <translation>Opnieuw proberen</translation>
        </message>
        <message>
            <source>Discard event…</source>
            <translation>Verwerpen…</translation>
        </message>
        <message>
            <source>Retry all in this group</source>
            <translation>Alles in deze groep opnieuw proberen</translation>
        </message>
        <message>
            <source>Open channel settings…</source>
            <translation>Kanaalinstellingen openen…</translation>
        </message>
        <message>
            <source>{channel} refuses the sign-in: correct its password or token first</source>
            <translation>{channel} weigert de aanmelding: verbeter eerst het wachtwoord of het token</translation>
        </message>
        <message>
            <source>Last error: {error}</source>
            <translation>Laatste fout: {error}</translation>
        </message>
        <message>
            <source>The log could not be exported: {reason}</source>
            <translation>Het logboek kon niet worden geëxporteerd: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Timeline</name>
        <message>
            <source>Status changed</source>
            <translation>Status gewijzigd</translation>
        </message>
        <message>
            <source>Status changed with a payment override</source>
            <translation>Status gewijzigd, onbetaald verwerkt</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Verzonden</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Geannuleerd</translation>
        </message>
        <message>
            <source>Return created</source>
            <translation>Retour aangemaakt</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Bewerkt</translation>
        </message>
        <message>
            <source>Split</source>
            <translation>Gesplitst</translation>
        </message>
        <message>
            <source>Invoiced</source>
            <translation>Gefactureerd</translation>
        </message>
        <message>
            <source>Attributes set</source>
            <translation>Attributen ingesteld</translation>
        </message>
        <message>
            <source>ERP numbers set</source>
            <translation>ERP-nummers ingesteld</translation>
        </message>
        <message>
            <source>Conflict with the channel</source>
            <translation>Conflict met het kanaal</translation>
        </message>
        <message>
            <source>Conflict resolved: the local version kept</source>
            <translation>Conflict opgelost: de eigen versie bewaard</translation>
        </message>
        <message>
            <source>Conflict resolved: the channel's version taken</source>
            <translation>Conflict opgelost: de versie van het kanaal overgenomen</translation>
        </message>
        <message>
            <source>Received from the channel</source>
            <translation>Ontvangen van het kanaal</translation>
        </message>
        <message>
            <source>Linked to the channel's order</source>
            <translation>Gekoppeld aan de order van het kanaal</translation>
        </message>
        <message>
            <source>Changed by the channel</source>
            <translation>Gewijzigd door het kanaal</translation>
        </message>
        <message>
            <source>Cancelled by the channel</source>
            <translation>Geannuleerd door het kanaal</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Geïmporteerd</translation>
        </message>
        <message>
            <source>Sync event retried</source>
            <translation>Wijziging opnieuw geprobeerd</translation>
        </message>
        <message>
            <source>Sync event discarded</source>
            <translation>Wijziging verworpen</translation>
        </message>
        <message>
            <source>Purchase placed</source>
            <translation>Bestelling geplaatst</translation>
        </message>
        <message>
            <source>Purchase paid</source>
            <translation>Bestelling betaald</translation>
        </message>
        <message>
            <source>Purchase cancelled</source>
            <translation>Bestelling geannuleerd</translation>
        </message>
        <message>
            <source>Autopurchase: export</source>
            <translation>Automatisch inkopen: exporteren</translation>
        </message>
        <message>
            <source>Autopurchase: synchronize</source>
            <translation>Automatisch inkopen: synchroniseren</translation>
        </message>
        <message>
            <source>Autopurchase: link</source>
            <translation>Automatisch inkopen: koppelen</translation>
        </message>
        <message>
            <source>Autopurchase: unlink</source>
            <translation>Automatisch inkopen: ontkoppelen</translation>
        </message>
        <message>
            <source>Autopurchase question answered</source>
            <translation>Vraag over automatisch inkopen beantwoord</translation>
        </message>
        <message>
            <source>sync</source>
            <translation>synchronisatie</translation>
        </message>
        <message>
            <source>{kind} event #{number}</source>
            <translation>Wijziging #{number} ({kind})</translation>
        </message>
        <message>
            <source>{state}: {error}</source>
            <translation>{state}: {error}</translation>
        </message>
        <message>
            <source>{outcome} HTTP {status}</source>
            <translation>{outcome}, HTTP {status}</translation>
        </message>
    </context>
</TS>
