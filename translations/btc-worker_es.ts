<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CommandLine</name>
    <message>
        <source>Browse, check and query Electrum servers; serve a local REST API.</source>
        <translation>Explorar, comprobar y consultar servidores Electrum; servir una API REST local.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>Serve the API without a window (also when there is no display).</source>
        <translation>Servir la API sin ventana (también cuando no hay pantalla).</translation>
    </message>
    <message>
        <source>Do not serve the local REST API.</source>
        <translation>No servir la API REST local.</translation>
    </message>
    <message>
        <source>Port of the local API (default 5000).</source>
        <translation>Puerto de la API local (predeterminado: 5000).</translation>
    </message>
    <message>
        <source>Address the local API listens on (default 127.0.0.1).</source>
        <translation>Dirección en la que escucha la API local (predeterminada: 127.0.0.1).</translation>
    </message>
    <message>
        <source>Directory for pins and user servers (default: the app data folder).</source>
        <translation>Directorio para los pines y los servidores del usuario (predeterminado: la carpeta de datos de la aplicación).</translation>
    </message>
    <message>
        <source>Allow blockchain.transaction.broadcast through the API.</source>
        <translation>Permitir blockchain.transaction.broadcast a través de la API.</translation>
    </message>
    <message>
        <source>Let the API query servers on loopback or private networks (your own LAN server).</source>
        <translation>Permitir que la API consulte servidores en loopback o en redes privadas (su propio servidor de la LAN).</translation>
    </message>
    <message>
        <source>Never use Tor (.onion servers fail).</source>
        <translation>No usar nunca Tor (los servidores .onion fallarán).</translation>
    </message>
    <message>
        <source>Use the Tor SOCKS5 port at HOST:PORT instead of looking for one.</source>
        <translation>Usar el puerto SOCKS5 de Tor en HOST:PORT en lugar de buscar uno.</translation>
    </message>
    <message>
        <source>Start our own tor when no running Tor is found.</source>
        <translation>Iniciar un tor propio cuando no se encuentre ningún Tor en ejecución.</translation>
    </message>
    <message>
        <source>Route every server connection through Tor, never directly.</source>
        <translation>Enrutar todas las conexiones a servidores a través de Tor, nunca directamente.</translation>
    </message>
    <message>
        <source>Read the API&apos;s bearer token from this owner-only file instead of writing a fresh one to &lt;data-dir&gt;/api.cookie at every start.</source>
        <translation>Leer el token bearer de la API de este archivo, accesible solo para su propietario, en lugar de escribir uno nuevo en &lt;data-dir&gt;/api.cookie en cada inicio.</translation>
    </message>
    <message>
        <source>Serve the API without a bearer token (only allowed on a loopback address).</source>
        <translation>Servir la API sin token bearer (solo se permite en una dirección de loopback).</translation>
    </message>
</context>
<context>
    <name>btcw::AddServerDialog</name>
    <message>
        <source>Add server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message>
        <source>electrum.example.org:50002:s</source>
        <translation>electrum.example.org:50002:s</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>host:port:s for TLS, host:port:t for plain TCP; IPv6 in brackets, .onion needs Tor.</source>
        <translation>host:port:s para TLS, host:port:t para TCP sin cifrar; IPv6 entre corchetes, .onion requiere Tor.</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Red:</translation>
    </message>
    <message>
        <source>Enter the server as host:port:s (TLS) or host:port:t (TCP).</source>
        <translation>Introduzca el servidor como host:port:s (TLS) o host:port:t (TCP).</translation>
    </message>
    <message>
        <source>Adds %1 with TLS port %2 to %3.</source>
        <translation>Añade %1 con el puerto TLS %2 a %3.</translation>
    </message>
    <message>
        <source>Adds %1 with TCP port %2 to %3 (not encrypted).</source>
        <translation>Añade %1 con el puerto TCP %2 a %3 (sin cifrar).</translation>
    </message>
    <message>
        <source>Connections go through Tor.</source>
        <translation>Las conexiones pasan por Tor.</translation>
    </message>
</context>
<context>
    <name>btcw::ElectrumMethods</name>
    <message>
        <source>The block header at a height, as hex.</source>
        <translation>La cabecera del bloque a una altura dada, en hexadecimal.</translation>
    </message>
    <message>
        <source>A run of consecutive block headers (one hex string, or a list in 1.6).</source>
        <translation>Una serie de cabeceras de bloque consecutivas (una cadena hexadecimal, o una lista en 1.6).</translation>
    </message>
    <message>
        <source>Fee rate in BTC/kB to confirm within that many blocks; -1 if unknown.</source>
        <translation>Tasa de comisión en BTC/kB para confirmar en ese número de bloques; -1 si se desconoce.</translation>
    </message>
    <message>
        <source>The current tip: {height, hex}.</source>
        <translation>La punta actual: {height, hex}.</translation>
    </message>
    <message>
        <source>The minimum relay fee in BTC/kB (removed in protocol 1.6).</source>
        <translation>La comisión mínima de retransmisión en BTC/kB (eliminada en el protocolo 1.6).</translation>
    </message>
    <message>
        <source>Confirmed and unconfirmed balance of a script hash, in satoshis.</source>
        <translation>Saldo confirmado y sin confirmar de un hash de script, en satoshis.</translation>
    </message>
    <message>
        <source>Confirmed and mempool transactions of a script hash.</source>
        <translation>Transacciones confirmadas y en la mempool de un hash de script.</translation>
    </message>
    <message>
        <source>Mempool transactions of a script hash.</source>
        <translation>Transacciones en la mempool de un hash de script.</translation>
    </message>
    <message>
        <source>Unspent outputs of a script hash.</source>
        <translation>Salidas no gastadas de un hash de script.</translation>
    </message>
    <message>
        <source>The status hash of a script hash (null if no history).</source>
        <translation>El hash de estado de un hash de script (null si no tiene historial).</translation>
    </message>
    <message>
        <source>Stops notifications for a script hash.</source>
        <translation>Detiene las notificaciones de un hash de script.</translation>
    </message>
    <message>
        <source>Broadcasts a raw transaction (changes the network; the API may forbid it).</source>
        <translation>Difunde una transacción en bruto (modifica la red; la API puede prohibirlo).</translation>
    </message>
    <message>
        <source>Broadcasts a package of transactions.</source>
        <translation>Difunde un paquete de transacciones.</translation>
    </message>
    <message>
        <source>A transaction as raw hex (or decoded, if verbose).</source>
        <translation>Una transacción en hexadecimal en bruto (o decodificada, si es verbose).</translation>
    </message>
    <message>
        <source>The merkle branch proving a transaction in its block.</source>
        <translation>La rama de Merkle que prueba una transacción en su bloque.</translation>
    </message>
    <message>
        <source>The transaction id at a position in a block.</source>
        <translation>El id de la transacción en una posición de un bloque.</translation>
    </message>
    <message>
        <source>The mempool&apos;s fee histogram: [[fee_rate, vsize], …].</source>
        <translation>El histograma de comisiones de la mempool: [[fee_rate, vsize], …].</translation>
    </message>
    <message>
        <source>Mempool minimum fee, relay fee and incremental fee.</source>
        <translation>Comisión mínima de la mempool, comisión de retransmisión y comisión incremental.</translation>
    </message>
    <message>
        <source>Asks the server to add a peer (its features).</source>
        <translation>Pide al servidor que añada un par (sus características).</translation>
    </message>
    <message>
        <source>The server&apos;s banner text.</source>
        <translation>El texto del banner del servidor.</translation>
    </message>
    <message>
        <source>The operator&apos;s donation address.</source>
        <translation>La dirección de donaciones del operador.</translation>
    </message>
    <message>
        <source>Genesis hash, hosts, protocol range, software and pruning of the server.</source>
        <translation>Hash génesis, hosts, rango de protocolo, software y poda del servidor.</translation>
    </message>
    <message>
        <source>The peers the server knows: [[ip, host, [features]], …].</source>
        <translation>Los pares que conoce el servidor: [[ip, host, [features]], …].</translation>
    </message>
    <message>
        <source>Keeps the connection alive; answers null.</source>
        <translation>Mantiene viva la conexión; responde null.</translation>
    </message>
    <message>
        <source>Software and negotiated protocol (the session already negotiated it).</source>
        <translation>Software y protocolo negociado (la sesión ya lo negoció).</translation>
    </message>
</context>
<context>
    <name>btcw::MainWindow</name>
    <message>
        <source>BTC Worker</source>
        <translation>BTC Worker</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>Comprobados %1 de %2</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Comprobación cancelada.</translation>
    </message>
    <message>
        <source>Check finished.</source>
        <translation>Comprobación terminada.</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>no iniciada</translation>
    </message>
    <message>
        <source>&amp;Check all</source>
        <translation>&amp;Comprobar todos</translation>
    </message>
    <message>
        <source>Check every server the table shows (F5)</source>
        <translation>Comprobar todos los servidores que muestra la tabla (F5)</translation>
    </message>
    <message>
        <source>C&amp;ancel check</source>
        <translation>Ca&amp;ncelar comprobación</translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation>&amp;Añadir servidor…</translation>
    </message>
    <message>
        <source>&amp;Import servers.json…</source>
        <translation>&amp;Importar servers.json…</translation>
    </message>
    <message>
        <source>&amp;Export servers.json…</source>
        <translation>&amp;Exportar servers.json…</translation>
    </message>
    <message>
        <source>&amp;Query console</source>
        <translation>&amp;Consola de consultas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Seed order</source>
        <translation>&amp;Orden de la lista</translation>
    </message>
    <message>
        <source>Hostnames, then onion, then IP addresses, as the server list has them</source>
        <translation>Nombres de host, luego onion y luego direcciones IP, como en la lista de servidores</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>&amp;Servidores</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtro</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About BTC Worker</source>
        <translation>&amp;Acerca de BTC Worker</translation>
    </message>
    <message>
        <source>About BTC Worker</source>
        <translation>Acerca de BTC Worker</translation>
    </message>
    <message>
        <source>BTC Worker %1
Browse, check and query Electrum servers; a local REST API serves the same queries.</source>
        <translation>BTC Worker %1
Explore, compruebe y consulte servidores Electrum; una API REST local atiende las mismas consultas.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Filter by host (Ctrl+F)</source>
        <translation>Filtrar por host (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Onion only</source>
        <translation>Solo &amp;onion</translation>
    </message>
    <message>
        <source>&amp;TLS only</source>
        <translation>Solo &amp;TLS</translation>
    </message>
    <message>
        <source>&amp;Up only</source>
        <translation>Solo &amp;en línea</translation>
    </message>
    <message>
        <source>Query console</source>
        <translation>Consola de consultas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) shown</source>
        <translation>
            <numerusform>%n servidor mostrado</numerusform>
            <numerusform>%n servidores mostrados</numerusform>
        </translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Todas las redes</translation>
    </message>
    <message>
        <source>Tor: off</source>
        <translation>Tor: desactivado</translation>
    </message>
    <message>
        <source>Tor: detecting…</source>
        <translation>Tor: detectando…</translation>
    </message>
    <message>
        <source>Tor: detected at %1</source>
        <translation>Tor: detectado en %1</translation>
    </message>
    <message>
        <source>Tor: launching</source>
        <translation>Tor: iniciando</translation>
    </message>
    <message>
        <source>Tor: bootstrapping %1%</source>
        <translation>Tor: arrancando %1 %</translation>
    </message>
    <message>
        <source>Tor: ready at %1</source>
        <translation>Tor: listo en %1</translation>
    </message>
    <message>
        <source>Tor: unavailable</source>
        <translation>Tor: no disponible</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>The local REST API listens here</source>
        <translation>Aquí escucha la API REST local</translation>
    </message>
    <message>
        <source>API: off</source>
        <translation>API: desactivada</translation>
    </message>
    <message>
        <source>API: off (%1)</source>
        <translation>API: desactivada (%1)</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Caché: %1</translation>
    </message>
    <message>
        <source>No server to check.</source>
        <translation>No hay ningún servidor que comprobar.</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>&amp;Comprobar ahora</translation>
    </message>
    <message>
        <source>&amp;Query…</source>
        <translation>Consu&amp;ltar…</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Copiar &amp;dirección</translation>
    </message>
    <message>
        <source>Copy c&amp;url for the API</source>
        <translation>Copiar c&amp;url para la API</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Remove servers</source>
        <translation>Eliminar servidores</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>Añadir servidor</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>Se añadió %1.</translation>
    </message>
    <message>
        <source>Import servers.json into %1</source>
        <translation>Importar servers.json en %1</translation>
    </message>
    <message>
        <source>Electrum server lists (*.json)</source>
        <translation>Listas de servidores Electrum (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import servers</source>
        <translation>Importar servidores</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s) into %1.</source>
        <translation>
            <numerusform>Se importó %n servidor en %1.</numerusform>
            <numerusform>Se importaron %n servidores en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some entries were skipped:</source>
        <translation>Se omitieron algunas entradas:</translation>
    </message>
    <message>
        <source>Export %1 servers as servers.json</source>
        <translation>Exportar los servidores de %1 como servers.json</translation>
    </message>
    <message>
        <source>Export servers</source>
        <translation>Exportar servidores</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported the %1 servers to %2.</source>
        <translation>Se exportaron los servidores de %1 a %2.</translation>
    </message>
    <message>
        <source>C&amp;lear response cache</source>
        <translation>&amp;Vaciar la caché de respuestas</translation>
    </message>
    <message>
        <source>The response cache was cleared.</source>
        <translation>Se vació la caché de respuestas.</translation>
    </message>
    <message>
        <source>%1 (degraded)</source>
        <translation>%1 (degradada)</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses, %3 entries, %4 KiB held here</source>
        <translation>%1 aciertos, %2 fallos, %3 entradas, %4 KiB guardados aquí</translation>
    </message>
</context>
<context>
    <name>btcw::QueryConsole</name>
    <message>
        <source>host:port:s (TLS) or host:port:t (TCP)</source>
        <translation>host:port:s (TLS) o host:port:t (TCP)</translation>
    </message>
    <message>
        <source>JSON array, e.g. [] or [&quot;&lt;scripthash&gt;&quot;]</source>
        <translation>Array JSON, p. ej. [] o [&quot;&lt;scripthash&gt;&quot;]</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copiar como &amp;curl</translation>
    </message>
    <message>
        <source>Copy the equivalent call to the local API</source>
        <translation>Copiar la llamada equivalente a la API local</translation>
    </message>
    <message>
        <source>The result appears here.</source>
        <translation>El resultado aparece aquí.</translation>
    </message>
    <message>
        <source>Earlier queries; activate one to load it again</source>
        <translation>Consultas anteriores; active una para volver a cargarla</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rvidor:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <source>&amp;Params:</source>
        <translation>&amp;Parámetros:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The parameters are not valid JSON: %1 at character %2.</source>
        <translation>Los parámetros no son JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>The parameters must be a JSON array, like [] or [&quot;abc&quot;, 1].</source>
        <translation>Los parámetros deben ser un array JSON, como [] o [&quot;abc&quot;, 1].</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>Elija primero un servidor.</translation>
    </message>
    <message>
        <source>Parameters: %1 — %2</source>
        <translation>Parámetros: %1 — %2</translation>
    </message>
    <message>
        <source>(protocol %1 and later)</source>
        <translation>(protocolo %1 y posteriores)</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <source>new connection</source>
        <translation>conexión nueva</translation>
    </message>
    <message>
        <source>pooled connection</source>
        <translation>conexión reutilizada</translation>
    </message>
    <message>
        <source>Answered in %1 ms (%2, protocol %3)</source>
        <translation>Respondido en %1 ms (%2, protocolo %3)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Server error code %1</source>
        <translation>Código de error del servidor %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>Copied the curl command for the local API.</source>
        <translation>Se copió el comando curl para la API local.</translation>
    </message>
</context>
<context>
    <name>btcw::ServerCheckRunner</name>
    <message>
        <source>The server has neither a TCP nor a TLS port.</source>
        <translation>El servidor no tiene puerto TCP ni TLS.</translation>
    </message>
    <message>
        <source>The server&apos;s tip header has no height.</source>
        <translation>La cabecera de la punta del servidor no tiene altura.</translation>
    </message>
</context>
<context>
    <name>btcw::ServerDetailsPane</name>
    <message>
        <source>&amp;Fetch features and banner</source>
        <translation>&amp;Obtener características y banner</translation>
    </message>
    <message>
        <source>Select a server to see its details.</source>
        <translation>Seleccione un servidor para ver sus detalles.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>TCP %1</source>
        <translation>TCP %1</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>Puertos</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Tip height</source>
        <translation>Altura de la punta</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Negotiated protocol</source>
        <translation>Protocolo negociado</translation>
    </message>
    <message>
        <source>Listed protocol</source>
        <translation>Protocolo de la lista</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Certificate SHA-256</source>
        <translation>SHA-256 del certificado</translation>
    </message>
    <message>
        <source>Pinned since</source>
        <translation>Fijado desde</translation>
    </message>
    <message>
        <source>Re-trusted</source>
        <translation>Reconfiado</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>aún no visto</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <source>Fetching features and banner…</source>
        <translation>Obteniendo características y banner…</translation>
    </message>
    <message>
        <source>The server has neither a TCP nor a TLS port.</source>
        <translation>El servidor no tiene puerto TCP ni TLS.</translation>
    </message>
    <message>
        <source>Could not fetch the details: %1</source>
        <translation>No se pudieron obtener los detalles: %1</translation>
    </message>
    <message>
        <source>No banner: %1</source>
        <translation>Sin banner: %1</translation>
    </message>
</context>
<context>
    <name>btcw::ServerTableModel</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>comprobando…</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>down</source>
        <translation>caído</translation>
    </message>
    <message>
        <source>down: %1</source>
        <translation>caído: %1</translation>
    </message>
    <message>
        <source>hostname</source>
        <translation>nombre de host</translation>
    </message>
    <message>
        <source>onion</source>
        <translation>onion</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>no TLS</source>
        <translation>sin TLS</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>no fijado</translation>
    </message>
    <message>
        <source>pinned (re-trusted)</source>
        <translation>fijado (reconfiado)</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijado</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
</context>
<context>
    <name>btcw::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Use Tor for .onion servers</source>
        <translation>Usar Tor para los servidores .onion</translation>
    </message>
    <message>
        <source>Detect a running Tor (ports 9050 and 9150)</source>
        <translation>Detectar un Tor en ejecución (puertos 9050 y 9150)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Launch our own tor when none is found</source>
        <translation>Iniciar un tor propio si no se encuentra ninguno</translation>
    </message>
    <message>
        <source>Route every server through Tor</source>
        <translation>Enrutar todos los servidores a través de Tor</translation>
    </message>
    <message>
        <source>SOCKS &amp;host:</source>
        <translation>&amp;Host SOCKS:</translation>
    </message>
    <message>
        <source>SOCKS &amp;port:</source>
        <translation>&amp;Puerto SOCKS:</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>API local</translation>
    </message>
    <message>
        <source>Serve the local REST API</source>
        <translation>Servir la API REST local</translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation>&amp;Dirección de escucha:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Pu&amp;erto:</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Caché</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>empty: keep the cache in memory</source>
        <translation>vacío: mantener la caché en memoria</translation>
    </message>
    <message>
        <source>&amp;Time to live:</source>
        <translation>&amp;Tiempo de vida:</translation>
    </message>
    <message>
        <source>&amp;Redis host:</source>
        <translation>Host de &amp;Redis:</translation>
    </message>
    <message>
        <source>Redis p&amp;ort:</source>
        <translation>Puerto de Red&amp;is:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Check the servers shown when the window opens</source>
        <translation>Comprobar los servidores mostrados al abrir la ventana</translation>
    </message>
    <message>
        <source>Changes take effect the next time BTC Worker starts.</source>
        <translation>Los cambios se aplicarán la próxima vez que se inicie BTC Worker.</translation>
    </message>
    <message>
        <source>Keep a persistent token (in the system keychain)</source>
        <translation>Conservar un token permanente (en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Off: a new token in api.cookie every start. On: one token that stays the same, kept in the system keychain, or in a file readable only by you when there is no keychain.</source>
        <translation>Desactivado: un token nuevo en api.cookie en cada inicio. Activado: un único token que no cambia, guardado en el llavero del sistema o, si no hay llavero, en un archivo que solo usted puede leer.</translation>
    </message>
    <message>
        <source>the API is not running</source>
        <translation>la API no está en marcha</translation>
    </message>
    <message>
        <source>Copy curl example</source>
        <translation>Copiar ejemplo de curl</translation>
    </message>
    <message>
        <source>Current token:</source>
        <translation>Token actual:</translation>
    </message>
    <message>
        <source>no token file</source>
        <translation>sin archivo de token</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copiar token</translation>
    </message>
    <message>
        <source>The token is not in a file a command could read: copy it and send it as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>El token no está en un archivo que un comando pueda leer: cópielo y envíelo como &quot;Authorization: Bearer &lt;token&gt;&quot;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The local API is turned off.</source>
        <translation>La API local está desactivada.</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
</context>
</TS>
