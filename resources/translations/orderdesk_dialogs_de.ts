<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>Preferences</name>
        <message>
            <source>Preferences</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The system's language ({language})</source>
            <translation>Die Sprache des Systems ({language})</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>A new language shows the next time OrderDesk opens.</source>
            <translation>Eine neue Sprache gilt ab dem nächsten Start von OrderDesk.</translation>
        </message>
    </context>
</TS>
