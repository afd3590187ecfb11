<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>btcw::BalanceTable</name>
    <message numerus="yes">
        <source>Asking %1 for %n balance(s)…</source>
        <translation>
            <numerusform>Asking %1 for %n balance…</numerusform>
            <numerusform>Asking %1 for %n balances…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n balance(s) in %1 ms</source>
        <translation>
            <numerusform>%n balance in %1 ms</numerusform>
            <numerusform>%n balances in %1 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btcw::CertificatesDialog</name>
    <message numerus="yes">
        <source>Replaced certificates (%n change(s)):</source>
        <translation>
            <numerusform>Replaced certificates (%n change):</numerusform>
            <numerusform>Replaced certificates (%n changes):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btcw::HealthHistoryChart</name>
    <message numerus="yes">
        <source>7 days: %n block(s), median %1 ms, p90 %2 ms after the first server</source>
        <translation>
            <numerusform>7 days: %n block, median %1 ms, p90 %2 ms after the first server</numerusform>
            <numerusform>7 days: %n blocks, median %1 ms, p90 %2 ms after the first server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btcw::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n server(s) into %1.</source>
        <translation>
            <numerusform>Imported %n server into %1.</numerusform>
            <numerusform>Imported %n servers into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n server(s) from the list?</source>
        <translation>
            <numerusform>Remove %n server from the list?</numerusform>
            <numerusform>Remove %n servers from the list?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n server(s). %1 puts them back.</source>
        <translation>
            <numerusform>Removed %n server. %1 puts it back.</numerusform>
            <numerusform>Removed %n servers. %1 puts them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put back %n server(s).</source>
        <translation>
            <numerusform>Put back %n server.</numerusform>
            <numerusform>Put back %n servers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btcw::MonitorTray</name>
    <message numerus="yes">
        <source>%1 is %n block(s) behind</source>
        <translation>
            <numerusform>%1 is %n block behind</numerusform>
            <numerusform>%1 is %n blocks behind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n watched server address(es) up</source>
        <translation>
            <numerusform>%1: %n watched server address up</numerusform>
            <numerusform>%1: %n watched server addresses up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n watched server address(es) down</source>
        <translation>
            <numerusform>%1: %n watched server address down</numerusform>
            <numerusform>%1: %n watched server addresses down</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btcw::ScanCoordinator</name>
    <message numerus="yes">
        <source>Checked %n server(s) of %1: %2 up.</source>
        <translation>
            <numerusform>Checked %n server of %1: %2 up.</numerusform>
            <numerusform>Checked %n servers of %1: %2 up.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Peer discovery: asking %n server(s) for their peers…</source>
        <translation>
            <numerusform>Peer discovery: asking %n server for its peers…</numerusform>
            <numerusform>Peer discovery: asking %n servers for their peers…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btcw::ServerDetailsPane</name>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last block seen %n s ago (height %1)</source>
        <translation>
            <numerusform>Last block seen %n second ago (height %1)</numerusform>
            <numerusform>Last block seen %n seconds ago (height %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btcw::StatusIndicators</name>
    <message numerus="yes">
        <source>%n server(s) shown</source>
        <translation>
            <numerusform>%n server shown</numerusform>
            <numerusform>%n servers shown</numerusform>
        </translation>
    </message>
</context>
</TS>
