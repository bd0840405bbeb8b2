<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>MainWindow</name>
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
</TS>
