<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>ChannelFormDialog</name>
        <message>
            <source>Stored — type to replace</source>
            <translation>Opgeslagen — typ om te vervangen</translation>
        </message>
        <message>
            <source>Cannot be read now: the keyring is unavailable</source>
            <translation>Nu niet leesbaar: de sleutelbos is niet beschikbaar</translation>
        </message>
        <message>
            <source>Cleared when you save</source>
            <translation>Wordt gewist bij opslaan</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Niet ingesteld</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Problem with these settings</source>
            <translation>Probleem met deze instellingen</translation>
        </message>
        <message>
            <source>Channel name</source>
            <translation>Kanaalnaam</translation>
        </message>
        <message>
            <source>e.g. Affiliate EU</source>
            <translation>bijv. Affiliate EU</translation>
        </message>
        <message>
            <source>Problem with the channel name</source>
            <translation>Probleem met de kanaalnaam</translation>
        </message>
        <message>
            <source>Kind of channel</source>
            <translation>Soort kanaal</translation>
        </message>
        <message>
            <source>Problem with the kind of channel</source>
            <translation>Probleem met de soort kanaal</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Connection settings</source>
            <translation>Verbindingsinstellingen</translation>
        </message>
        <message>
            <source>Sync settings</source>
            <translation>Synchronisatie-instellingen</translation>
        </message>
        <message>
            <source>Polling interval</source>
            <translation>Ophaalinterval</translation>
        </message>
        <message>
            <source>Retry limit</source>
            <translation>Maximaal aantal herhalingen</translation>
        </message>
        <message>
            <source>Rate limit</source>
            <translation>Aanroeplimiet</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation> seconden</translation>
        </message>
        <message>
            <source>How often OrderDesk asks the channel for new and changed orders.</source>
            <translation>Hoe vaak OrderDesk het kanaal vraagt naar nieuwe en gewijzigde orders.</translation>
        </message>
        <message>
            <source> attempts</source>
            <translation> pogingen</translation>
        </message>
        <message>
            <source>How often a change is sent again before it waits for a supervisor.</source>
            <translation>Hoe vaak een wijziging opnieuw wordt verstuurd voordat ze op een supervisor wacht.</translation>
        </message>
        <message>
            <source> calls per minute</source>
            <translation> aanroepen per minuut</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>Geen limiet</translation>
        </message>
        <message>
            <source>The most calls per minute OrderDesk makes to this channel; 0 for no limit.</source>
            <translation>Het hoogste aantal aanroepen per minuut dat OrderDesk naar dit kanaal doet; 0 voor geen limiet.</translation>
        </message>
        <message>
            <source>Problem with the polling interval</source>
            <translation>Probleem met het ophaalinterval</translation>
        </message>
        <message>
            <source>Problem with the retry limit</source>
            <translation>Probleem met het maximale aantal herhalingen</translation>
        </message>
        <message>
            <source>Problem with the rate limit</source>
            <translation>Probleem met de aanroeplimiet</translation>
        </message>
        <message>
            <source>Enabled</source>
            <translation>Ingeschakeld</translation>
        </message>
        <message>
            <source>Fields marked with a star are required</source>
            <translation>Velden met een sterretje zijn verplicht</translation>
        </message>
        <message>
            <source>Channel settings fields</source>
            <translation>Velden van de kanaalinstellingen</translation>
        </message>
        <message>
            <source>Channel settings</source>
            <translation>Kanaalinstellingen</translation>
        </message>
        <message>
            <source>Channel {channel}</source>
            <translation>Kanaal {channel}</translation>
        </message>
        <message>
            <source>A channel keeps its name; add a new channel to use another one.</source>
            <translation>Een kanaal houdt zijn naam; voeg een nieuw kanaal toe voor een andere naam.</translation>
        </message>
        <message>
            <source>A channel keeps its kind; add a new channel for another kind.</source>
            <translation>Een kanaal houdt zijn soort; voeg een nieuw kanaal toe voor een andere soort.</translation>
        </message>
        <message>
            <source>There is already a channel called '{channel}'.</source>
            <translation>Er is al een kanaal met de naam '{channel}'.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Verbinding</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Synchronisatie</translation>
        </message>
        <message>
            <source>Enabled: sync this channel</source>
            <translation>Ingeschakeld: dit kanaal synchroniseren</translation>
        </message>
        <message>
            <source>* required</source>
            <translation>* verplicht</translation>
        </message>
        <message>
            <source>Add channel</source>
            <translation>Kanaal toevoegen</translation>
        </message>
        <message>
            <source>{setting} *</source>
            <translation>{setting} *</translation>
        </message>
        <message>
            <source>required</source>
            <translation>verplicht</translation>
        </message>
        <message>
            <source>Problem with the {setting}</source>
            <translation>Probleem met {setting}</translation>
        </message>
        <message>
            <source>Correct what is marked in red.</source>
            <translation>Verbeter wat rood is gemarkeerd.</translation>
        </message>
        <message>
            <source>Clear the stored {setting}</source>
            <translation>Opgeslagen waarde voor {setting} wissen</translation>
        </message>
        <message>
            <source>Delete the stored {setting} from the keyring when you save.</source>
            <translation>Wist bij het opslaan de opgeslagen waarde voor {setting} uit de sleutelbos.</translation>
        </message>
        <message>
            <source>About the {setting}</source>
            <translation>Over {setting}</translation>
        </message>
        <message>
            <source>Fill in: {settings}.</source>
            <translation>Vul in: {settings}.</translation>
        </message>
        <message>
            <source>{default} (when left empty)</source>
            <translation>{default} (als het leeg blijft)</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <source>{setting} is required.</source>
            <translation>{setting} is verplicht.</translation>
        </message>
        <message>
            <source>Test connection</source>
            <translation>Verbinding testen</translation>
        </message>
        <message>
            <source>Connection test result</source>
            <translation>Resultaat van de verbindingstest</translation>
        </message>
        <message>
            <source>Testing…</source>
            <translation>Testen…</translation>
        </message>
        <message>
            <source>testing</source>
            <translation>bezig met testen</translation>
        </message>
        <message>
            <source>The connection test of these settings failed.

Save them anyway?</source>
            <translation>De verbindingstest met deze instellingen is mislukt.

Toch opslaan?</translation>
        </message>
        <message>
            <source>These settings have not been tested: the first sync would be the test.

Save them anyway?</source>
            <translation>Deze instellingen zijn niet getest: de eerste synchronisatie zou de test zijn.

Toch opslaan?</translation>
        </message>
        <message>
            <source>Save untested channel</source>
            <translation>Ongetest kanaal opslaan</translation>
        </message>
        <message>
            <source>Calling {channel}…</source>
            <translation>{channel} wordt aangeroepen…</translation>
        </message>
        <message>
            <source>Calling the channel…</source>
            <translation>Kanaal wordt aangeroepen…</translation>
        </message>
        <message>
            <source>connected</source>
            <translation>verbonden</translation>
        </message>
        <message>
            <source>connection failed</source>
            <translation>verbinding mislukt</translation>
        </message>
        <message>
            <source>The test stopped on an unexpected error; it has been reported.</source>
            <translation>De test is gestopt door een onverwachte fout; die is gemeld.</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>last sync went well</source>
            <translation>laatste synchronisatie geslaagd</translation>
        </message>
        <message>
            <source>syncing now</source>
            <translation>wordt nu gesynchroniseerd</translation>
        </message>
        <message>
            <source>not reachable at the last try</source>
            <translation>bij de laatste poging niet bereikbaar</translation>
        </message>
        <message>
            <source>sign-in refused at the last try</source>
            <translation>aanmelding geweigerd bij de laatste poging</translation>
        </message>
        <message>
            <source>paused by the channel's rate limit</source>
            <translation>gepauzeerd door de aanroeplimiet van het kanaal</translation>
        </message>
        <message>
            <source>last sync failed</source>
            <translation>laatste synchronisatie mislukt</translation>
        </message>
        <message>
            <source>Remove the channel {channel} ({kind})?</source>
            <translation>Kanaal {channel} ({kind}) verwijderen?</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <source>Settings — sales channels</source>
            <translation>Instellingen — verkoopkanalen</translation>
        </message>
        <message>
            <source>Problem with the channels</source>
            <translation>Probleem met de kanalen</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Wat er is gedaan</translation>
        </message>
        <message>
            <source>Channels</source>
            <translation>Kanalen</translation>
        </message>
        <message>
            <source>Selected channel</source>
            <translation>Geselecteerd kanaal</translation>
        </message>
        <message>
            <source>Why the channel cannot be removed</source>
            <translation>Waarom het kanaal niet verwijderd kan worden</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Toevoegen…</translation>
        </message>
        <message>
            <source>Add a channel</source>
            <translation>Een kanaal toevoegen</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Wijzigen…</translation>
        </message>
        <message>
            <source>Edit the channel</source>
            <translation>Het kanaal wijzigen</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>Uitschakelen</translation>
        </message>
        <message>
            <source>Disable or enable the channel</source>
            <translation>Het kanaal uit- of inschakelen</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>Verwijderen…</translation>
        </message>
        <message>
            <source>Remove the channel</source>
            <translation>Het kanaal verwijderen</translation>
        </message>
        <message>
            <source>Sign in to provider…</source>
            <translation>Aanmelden bij provider…</translation>
        </message>
        <message>
            <source>Sign the OT Platform channel in to its provider</source>
            <translation>Het OT Platform-kanaal aanmelden bij zijn provider</translation>
        </message>
        <message>
            <source>Saved provider sessions…</source>
            <translation>Opgeslagen providersessies…</translation>
        </message>
        <message>
            <source>Choose a provider session OT Platform keeps</source>
            <translation>Een providersessie kiezen die OT Platform bewaart</translation>
        </message>
        <message>
            <source>Dialog buttons</source>
            <translation>Dialoogknoppen</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <source>Consignment formats…</source>
            <translation>Zendingnummerformaten…</translation>
        </message>
        <message>
            <source>Consignment number formats of the carriers</source>
            <translation>Formaten van de zendingnummers van de vervoerders</translation>
        </message>
        <message numerus="yes">
            <source>%Ln order(s)</source>
            <translation>
                <numerusform>%Ln order</numerusform>
                <numerusform>%Ln orders</numerusform>
            </translation>
        </message>
        <message>
            <source>Sign in to the provider in the browser window that opens for {channel}…</source>
            <translation>Meld u aan bij de provider in het browservenster dat voor {channel} opent…</translation>
        </message>
        <message>
            <source>Provider sessions</source>
            <translation>Providersessies</translation>
        </message>
        <message>
            <source>Session for {channel}:</source>
            <translation>Sessie voor {channel}:</translation>
        </message>
        <message>
            <source>Its settings are deleted from OrderDesk, and its {secrets} from this computer's keyring. It has no orders, so no order is touched. This cannot be undone.</source>
            <translation>De instellingen worden uit OrderDesk verwijderd, en de geheimen ({secrets}) uit de sleutelbos van deze computer. Het kanaal heeft geen orders, dus er verandert geen enkele order. Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>Its settings are deleted from OrderDesk. It has no orders, so no order is touched. This cannot be undone.</source>
            <translation>De instellingen worden uit OrderDesk verwijderd. Het kanaal heeft geen orders, dus er verandert geen enkele order. Dit kan niet ongedaan worden gemaakt.</translation>
        </message>
        <message>
            <source>Remove the channel?</source>
            <translation>Het kanaal verwijderen?</translation>
        </message>
        <message>
            <source>Remove channel</source>
            <translation>Kanaal verwijderen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <source>{channel} — {kind}</source>
            <translation>{channel} — {kind}</translation>
        </message>
        <message>
            <source>{channel} — {kind} (disabled)</source>
            <translation>{channel} — {kind} (uitgeschakeld)</translation>
        </message>
        <message>
            <source>Enable</source>
            <translation>Inschakelen</translation>
        </message>
        <message>
            <source>no address</source>
            <translation>geen adres</translation>
        </message>
        <message numerus="yes">
            <source>{channel} has %Ln order(s), so it cannot be removed: its orders keep their history. Disable it instead.</source>
            <translation>
                <numerusform>{channel} heeft %Ln order en kan dus niet worden verwijderd: orders behouden hun geschiedenis. Schakel het kanaal in plaats daarvan uit.</numerusform>
                <numerusform>{channel} heeft %Ln orders en kan dus niet worden verwijderd: orders behouden hun geschiedenis. Schakel het kanaal in plaats daarvan uit.</numerusform>
            </translation>
        </message>
        <message>
            <source>OT Platform keeps no provider session for {channel}: sign in to the provider.</source>
            <translation>OT Platform bewaart geen providersessie voor {channel}: meld u aan bij de provider.</translation>
        </message>
        <message>
            <source>{session} (valid)</source>
            <translation>{session} (geldig)</translation>
        </message>
        <message>
            <source>{session} (expired)</source>
            <translation>{session} (verlopen)</translation>
        </message>
        <message>
            <source>{channel} is disabled: the sync leaves it alone until it is enabled again.</source>
            <translation>{channel} is uitgeschakeld: de synchronisatie slaat het kanaal over tot het weer wordt ingeschakeld.</translation>
        </message>
        <message>
            <source>{channel} is enabled: the sync picks it up again.</source>
            <translation>{channel} is ingeschakeld: de synchronisatie neemt het kanaal weer mee.</translation>
        </message>
        <message>
            <source>Channel {channel} removed. Deleted from the keyring: {secrets}.</source>
            <translation>Kanaal {channel} verwijderd. Uit de sleutelbos gewist: {secrets}.</translation>
        </message>
        <message>
            <source>Channel {channel} removed.</source>
            <translation>Kanaal {channel} verwijderd.</translation>
        </message>
        <message>
            <source>No channel yet: add one.</source>
            <translation>Nog geen kanaal: voeg er een toe.</translation>
        </message>
        <message numerus="yes">
            <source>asked every %Ln second(s)</source>
            <translation>
                <numerusform>elke seconde opgevraagd</numerusform>
                <numerusform>elke %Ln seconden opgevraagd</numerusform>
            </translation>
        </message>
        <message>
            <source>not synced (disabled)</source>
            <translation>niet gesynchroniseerd (uitgeschakeld)</translation>
        </message>
        <message>
            <source>{channel} cannot be removed now, its secrets could not be deleted. {reason}</source>
            <translation>{channel} kan nu niet worden verwijderd: de geheimen ervan konden niet worden gewist. {reason}</translation>
        </message>
    </context>
</TS>
