<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>Preferences</name>
        <message>
            <source>Preferences</source>
            <translation>Voorkeuren</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <source>The system's language ({language})</source>
            <translation>De taal van het systeem ({language})</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Taal:</translation>
        </message>
        <message>
            <source>A new language shows the next time OrderDesk opens.</source>
            <translation>Een nieuwe taal is te zien wanneer OrderDesk de volgende keer opent.</translation>
        </message>
    </context>
</TS>
