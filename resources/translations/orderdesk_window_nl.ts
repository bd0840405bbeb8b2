<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>MainWindow</name>
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
</TS>
