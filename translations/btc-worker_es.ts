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
        <source>Allow methods that change the server or the network (transaction broadcasts, server.add_peer).</source>
        <translation>Permitir métodos que cambian el servidor o la red (difusión de transacciones, server.add_peer).</translation>
    </message>
    <message>
        <source>Forward Electrum methods that BTC Worker does not know.</source>
        <translation>Reenviar métodos de Electrum que BTC Worker no conoce.</translation>
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
    <message>
        <source>Check every server of this network at start (mainnet, testnet, testnet4, signet, regtest), then discover peers.</source>
        <translation>Comprobar al inicio todos los servidores de esta red (mainnet, testnet, testnet4, signet, regtest) y luego descubrir pares.</translation>
    </message>
    <message>
        <source>Scan at start and again every this many minutes (0 = never; default: settings).</source>
        <translation>Escanear al inicio y luego de nuevo con este intervalo en minutos (0 = nunca; predeterminado: según la configuración).</translation>
    </message>
    <message>
        <source>Start our own tor at start when no running Tor is found (by default it starts on the first request that needs Tor).</source>
        <translation>Iniciar nuestro propio tor ya al arrancar si no se encuentra ningún Tor en ejecución (por defecto se inicia con la primera petición que necesita Tor).</translation>
    </message>
    <message>
        <source>Never start our own tor; use only a Tor that is running.</source>
        <translation>No iniciar nunca nuestro propio tor; usar solo un Tor en ejecución.</translation>
    </message>
    <message>
        <source>Use only the Tor SOCKS5 port at HOST:PORT: never look for another (9050, 9150); if it does not answer, say so (and start our own tor unless --no-launch-tor).</source>
        <translation>Usar solo el puerto SOCKS5 de Tor en HOST:PUERTO: no buscar nunca otro (9050, 9150); si no responde, decirlo (e iniciar nuestro propio tor salvo con --no-launch-tor).</translation>
    </message>
    <message>
        <source>Requests per second one client with the token may send (0: no limit). Default: no limit when the API listens on loopback, 50 otherwise.</source>
        <translation>Peticiones por segundo que un cliente con el token puede enviar (0: sin límite). Por omisión: sin límite cuando la API escucha en loopback, 50 en otro caso.</translation>
    </message>
    <message>
        <source>Run this command when a watched server goes down, comes back, falls behind or presents another certificate; it reads the event as JSON on standard input.</source>
        <translation>Ejecutar esta orden cuando un servidor vigilado cae, vuelve, se queda atrás o presenta otro certificado; lee el evento como JSON por la entrada estándar.</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>no answer within the %1 s budget</source>
        <translation>sin respuesta dentro del límite de %1 s</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectado</translation>
    </message>
    <message>
        <source>connected through Tor</source>
        <translation>conectado a través de Tor</translation>
    </message>
    <message>
        <source>certificate pinned on first use</source>
        <translation>certificado fijado en el primer uso</translation>
    </message>
    <message>
        <source>certificate matches the pin from %1</source>
        <translation>el certificado coincide con el fijado el %1</translation>
    </message>
    <message>
        <source>a CA-signed certificate replaced the one pinned on %1</source>
        <translation>un certificado firmado por una CA sustituyó al fijado el %1</translation>
    </message>
    <message>
        <source>certificate changed since %1</source>
        <translation>el certificado cambió desde el %1</translation>
    </message>
    <message>
        <source>certificate changed since it was pinned</source>
        <translation>el certificado cambió desde que se fijó</translation>
    </message>
    <message>
        <source>protocol %1, %2</source>
        <translation>protocolo %1, %2</translation>
    </message>
    <message>
        <source>the reply to server.features is not an object</source>
        <translation>la respuesta a server.features no es un objeto</translation>
    </message>
    <message>
        <source>no genesis hash, expected %1&apos;s</source>
        <translation>sin hash génesis; se esperaba el de %1</translation>
    </message>
    <message>
        <source>genesis is %1&apos;s, expected %2</source>
        <translation>el génesis es de %1; se esperaba %2</translation>
    </message>
    <message>
        <source>genesis is %1 (no known network), expected %2</source>
        <translation>el génesis es %1 (ninguna red conocida); se esperaba %2</translation>
    </message>
    <message>
        <source>hash function is %1, expected sha256</source>
        <translation>la función hash es %1; se esperaba sha256</translation>
    </message>
    <message>
        <source>genesis matches %1</source>
        <translation>el génesis coincide con %1</translation>
    </message>
    <message>
        <source>%1 is not among the hosts the server lists (it lists none)</source>
        <translation>%1 no está entre los hosts que indica el servidor (no indica ninguno)</translation>
    </message>
    <message>
        <source>%1 is not among the hosts the server lists (%2)</source>
        <translation>%1 no está entre los hosts que indica el servidor (%2)</translation>
    </message>
    <message>
        <source>the server lists %1 without a %2</source>
        <translation>el servidor indica %1 sin %2</translation>
    </message>
    <message>
        <source>the server lists %1 with %2 %3, not %4</source>
        <translation>el servidor indica %1 con %2 %3, no %4</translation>
    </message>
    <message>
        <source>the tip reply is not a height and an 80-byte header</source>
        <translation>la respuesta de la punta no es una altura con una cabecera de 80 bytes</translation>
    </message>
    <message>
        <source>height %1, hash %2</source>
        <translation>altura %1, hash %2</translation>
    </message>
    <message>
        <source>header %1 is not an 80-byte header</source>
        <translation>la cabecera %1 no es una cabecera de 80 bytes</translation>
    </message>
    <message>
        <source>header %1 hashes to %2, expected %3</source>
        <translation>la cabecera %1 tiene el hash %2; se esperaba %3</translation>
    </message>
    <message>
        <source>header %1 hashes to %2, expected %3 (the %4 genesis)</source>
        <translation>la cabecera %1 tiene el hash %2; se esperaba %3 (el génesis de %4)</translation>
    </message>
    <message>
        <source>header %1 matches the expected hash</source>
        <translation>la cabecera %1 coincide con el hash esperado</translation>
    </message>
    <message>
        <source>header %1 matches the %2 genesis</source>
        <translation>la cabecera %1 coincide con el génesis de %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>the input is not valid</source>
        <translation>la entrada no es válida</translation>
    </message>
    <message>
        <source>the address is not valid or not allowed</source>
        <translation>la dirección no es válida o no está permitida</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>no se encontró el nombre de host</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on that port</source>
        <translation>conexión rechazada: nada escucha en ese puerto</translation>
    </message>
    <message>
        <source>the host cannot be reached</source>
        <translation>no se puede alcanzar el host</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>falló la negociación TLS</translation>
    </message>
    <message>
        <source>the certificate changed since it was pinned</source>
        <translation>el certificado cambió desde que se fijó</translation>
    </message>
    <message>
        <source>the server broke the Electrum protocol</source>
        <translation>el servidor incumplió el protocolo Electrum</translation>
    </message>
    <message>
        <source>the server answered with an error</source>
        <translation>el servidor respondió con un error</translation>
    </message>
    <message>
        <source>the answer is too large</source>
        <translation>la respuesta es demasiado grande</translation>
    </message>
    <message>
        <source>the connection closed before an answer</source>
        <translation>la conexión se cerró antes de una respuesta</translation>
    </message>
    <message>
        <source>the Tor proxy could not connect</source>
        <translation>el proxy de Tor no pudo conectar</translation>
    </message>
    <message>
        <source>Tor is needed and not available</source>
        <translation>se necesita Tor y no está disponible</translation>
    </message>
    <message>
        <source>too many requests are waiting</source>
        <translation>hay demasiadas solicitudes en espera</translation>
    </message>
    <message>
        <source>the settings do not allow it</source>
        <translation>la configuración no lo permite</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>not possible right now</source>
        <translation>no es posible ahora</translation>
    </message>
    <message>
        <source>not authorised</source>
        <translation>no autorizado</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>demasiadas solicitudes</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>un error interno</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>Negociación TLS</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Punta</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>trusted on first use</source>
        <translation>aceptado en el primer uso</translation>
    </message>
    <message>
        <source>matches the pinned certificate</source>
        <translation>coincide con el certificado fijado</translation>
    </message>
    <message>
        <source>changed since it was pinned</source>
        <translation>cambió desde que se fijó</translation>
    </message>
    <message>
        <source>replaced by a CA-signed certificate</source>
        <translation>sustituido por un certificado firmado por una CA</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>memoria</translation>
    </message>
    <message>
        <source>connect</source>
        <comment>verdict stage</comment>
        <translation>conexión</translation>
    </message>
    <message>
        <source>tls</source>
        <comment>verdict stage</comment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>version</source>
        <comment>verdict stage</comment>
        <translation>versión</translation>
    </message>
    <message>
        <source>features</source>
        <comment>verdict stage</comment>
        <translation>características</translation>
    </message>
    <message>
        <source>tip</source>
        <comment>verdict stage</comment>
        <translation>punta</translation>
    </message>
    <message>
        <source>header</source>
        <comment>verdict stage</comment>
        <translation>cabecera</translation>
    </message>
    <message>
        <source>ping</source>
        <comment>verdict stage</comment>
        <translation>ping</translation>
    </message>
    <message>
        <source>redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>“%1” is not a method of the Electrum protocol 1.4 to 1.6 that BTC Worker knows; start btc-worker with --allow-unknown-methods to send other methods</source>
        <translation>«%1» no es un método del protocolo Electrum 1.4 a 1.6 que BTC Worker conozca; inicie btc-worker con --allow-unknown-methods para enviar otros métodos</translation>
    </message>
    <message>
        <source>“%1” changes the server&apos;s or the network&apos;s state (a broadcast, a new peer) and is turned off; start btc-worker with --allow-broadcast to send it</source>
        <translation>«%1» cambia el estado del servidor o de la red (una difusión, un nuevo par) y está desactivado; inicie btc-worker con --allow-broadcast para enviarlo</translation>
    </message>
    <message>
        <source>the server address is empty</source>
        <translation>la dirección del servidor está vacía</translation>
    </message>
    <message>
        <source>“%1.onion” is a version 2 onion address; Tor no longer supports v2 onion services, use the server&apos;s 56-character v3 address</source>
        <translation>«%1.onion» es una dirección onion de versión 2; Tor ya no admite servicios onion v2, use la dirección v3 de 56 caracteres del servidor</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: a v3 onion address has 56 characters before .onion, this one has %2</source>
        <translation>«%1.onion» no es una dirección onion válida: una dirección onion v3 tiene 56 caracteres antes de .onion, esta tiene %2</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: “%2” is not a base32 character (a–z, 2–7)</source>
        <translation>«%1.onion» no es una dirección onion válida: «%2» no es un carácter base32 (a–z, 2–7)</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: its version byte is %2, expected 3</source>
        <translation>«%1.onion» no es una dirección onion válida: su byte de versión es %2, se esperaba 3</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: its checksum does not match, probably a typo</source>
        <translation>«%1.onion» no es una dirección onion válida: su suma de comprobación no coincide, probablemente una errata</translation>
    </message>
    <message>
        <source>“%1” is not a valid onion address: nothing comes before .onion</source>
        <translation>«%1» no es una dirección onion válida: no hay nada antes de .onion</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: it has an empty part between dots</source>
        <translation>«%1» no es un nombre de host válido: tiene una parte vacía entre puntos</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: the part “%2” is longer than 63 characters</source>
        <translation>«%1» no es un nombre de host válido: la parte «%2» tiene más de 63 caracteres</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: “%2” is not allowed, use letters a–z, digits and hyphens</source>
        <translation>«%1» no es un nombre de host válido: «%2» no está permitido, use letras a–z, dígitos y guiones</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: the part “%2” starts or ends with a hyphen</source>
        <translation>«%1» no es un nombre de host válido: la parte «%2» empieza o termina con un guion</translation>
    </message>
    <message>
        <source>“%1…” is not a valid host name: it is longer than 253 characters</source>
        <translation>«%1…» no es un nombre de host válido: tiene más de 253 caracteres</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address</source>
        <translation>«%1» no es una dirección IPv4 válida</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address</source>
        <translation>«%1» no es una dirección IPv6 válida</translation>
    </message>
    <message>
        <source>“%1”: IPv6 zone ids (the part after %) are not supported</source>
        <translation>«%1»: los identificadores de zona IPv6 (la parte tras %) no se admiten</translation>
    </message>
    <message>
        <source>“%1” has an opening “[” without a closing “]”</source>
        <translation>«%1» tiene un «[» de apertura sin «]» de cierre</translation>
    </message>
    <message>
        <source>“%1”: expected “:port” after the closing “]”</source>
        <translation>«%1»: se esperaba «:puerto» tras el «]» de cierre</translation>
    </message>
    <message>
        <source>“%1” has too many “:” parts; write host:port:t|s, and put IPv6 addresses in brackets like [::1]:50002:s</source>
        <translation>«%1» tiene demasiadas partes «:»; escriba host:puerto:t|s y ponga las direcciones IPv6 entre corchetes como [::1]:50002:s</translation>
    </message>
    <message>
        <source>“%1” has an empty port</source>
        <translation>«%1» tiene un puerto vacío</translation>
    </message>
    <message>
        <source>“%1” is not a port number: use digits only</source>
        <translation>«%1» no es un número de puerto: use solo dígitos</translation>
    </message>
    <message>
        <source>port %1 is out of range 1–65535</source>
        <translation>el puerto %1 está fuera del rango 1–65535</translation>
    </message>
    <message>
        <source>unknown transport “%1”: use t (TCP) or s (TLS)</source>
        <translation>transporte desconocido «%1»: use t (TCP) o s (TLS)</translation>
    </message>
    <message>
        <source>unknown scheme “%1”: use tcp:// or ssl://</source>
        <translation>esquema desconocido «%1»: use tcp:// o ssl://</translation>
    </message>
    <message>
        <source>“%1”: the scheme says %2 but the letter says %3</source>
        <translation>«%1»: el esquema indica %2 pero la letra indica %3</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>protocol handshake (server.version)</source>
        <translation>negociación del protocolo (server.version)</translation>
    </message>
    <message>
        <source>waiting for the answer</source>
        <translation>espera de la respuesta</translation>
    </message>
    <message>
        <source>checking the target</source>
        <translation>comprobación del destino</translation>
    </message>
    <message>
        <source>Tor is off</source>
        <translation>Tor está desactivado</translation>
    </message>
    <message>
        <source>Tor is switched off in the settings (turn on “Use Tor for .onion servers”, or start without --no-tor)</source>
        <translation>Tor está desactivado en la configuración (active «Usar Tor para los servidores .onion» o inicie sin --no-tor)</translation>
    </message>
    <message>
        <source>still looking for Tor</source>
        <translation>todavía buscando Tor</translation>
    </message>
    <message>
        <source>the Tor at control port %1 does not list %2 among its SOCKS ports (%3): something else answers there, so no names are sent to it</source>
        <translation>el Tor del puerto de control %1 no incluye %2 entre sus puertos SOCKS (%3): ahí responde otra cosa, así que no se le envían nombres</translation>
    </message>
    <message>
        <source>no Tor endpoint configured and auto-detection is off</source>
        <translation>no hay ningún punto de acceso de Tor configurado y la detección automática está desactivada</translation>
    </message>
    <message>
        <source>the configured Tor SOCKS port %1 does not answer (%2); no other port (9050, 9150) is tried</source>
        <translation>el puerto SOCKS de Tor configurado %1 no responde (%2); no se prueba ningún otro puerto (9050, 9150)</translation>
    </message>
    <message>
        <source>no running Tor found (%1)</source>
        <translation>no se encontró ningún Tor en ejecución (%1)</translation>
    </message>
    <message>
        <source>%1; launching tor is not allowed in the settings (to allow it, turn on “Launch our own tor when none is found” in the settings&apos; Tor section, or start with --launch-tor)</source>
        <translation>%1; la configuración no permite iniciar tor (para permitirlo, active «Iniciar un tor propio si no se encuentra ninguno» en la sección Tor de la configuración, o inicie con --launch-tor)</translation>
    </message>
    <message>
        <source>Tor is not running and no tor program was found (“%1” not found; %2); install it (Debian/Ubuntu: sudo apt install tor) or start Tor Browser</source>
        <translation>Tor no se está ejecutando y no se encontró ningún programa tor («%1» no encontrado; %2); instálelo (Debian/Ubuntu: sudo apt install tor) o inicie Tor Browser</translation>
    </message>
    <message>
        <source>Tor is not running; BTC Worker starts its own tor when a server first needs it</source>
        <translation>Tor no se está ejecutando; BTC Worker inicia su propio tor cuando un servidor lo necesita por primera vez</translation>
    </message>
    <message>
        <source>Tor is still starting (launching tor)</source>
        <translation>Tor todavía se está iniciando (iniciando tor)</translation>
    </message>
    <message>
        <source>Tor is still starting (bootstrapped %1%)</source>
        <translation>Tor todavía se está iniciando (arranque al %1%)</translation>
    </message>
    <message>
        <source>our own tor could not be started or stopped running</source>
        <translation>nuestro propio tor no pudo iniciarse o dejó de ejecutarse</translation>
    </message>
    <message>
        <source>our own tor could not be started or stopped running (tor said: %1)</source>
        <translation>nuestro propio tor no pudo iniciarse o dejó de ejecutarse (tor dijo: %1)</translation>
    </message>
    <message>
        <source>“%1” is not a Bitcoin address (check it for typos and for the network)</source>
        <translation>«%1» no es una dirección Bitcoin (compruebe si tiene erratas y la red)</translation>
    </message>
    <message>
        <source>served invalid data</source>
        <translation>sirvió datos no válidos</translation>
    </message>
    <message>
        <source>merkle proof at height 0 and headers %1 to %2 verified</source>
        <translation>prueba de Merkle en la altura 0 y cabeceras %1 a %2 verificadas</translation>
    </message>
    <message>
        <source>the answer failed verification</source>
        <translation>la respuesta no superó la verificación</translation>
    </message>
    <message>
        <source>the servers did not agree</source>
        <translation>los servidores no coincidieron</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>proof</source>
        <comment>verdict stage</comment>
        <translation>prueba</translation>
    </message>
</context>
<context>
    <name>SettingsGuard</name>
    <message>
        <source>The settings file %1 is damaged: it is not a readable INI file.</source>
        <translation>El archivo de configuración %1 está dañado: no es un archivo INI legible.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>No se puede leer el archivo de configuración %1.</translation>
    </message>
    <message>
        <source>BTC Worker starts with default settings; the original file is kept as %1.</source>
        <translation>BTC Worker se inicia con la configuración predeterminada; el archivo original se conserva como %1.</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1). Copy it somewhere safe before changing any setting: saving settings rewrites it.</source>
        <translation>No se pudo apartar (%1). Cópielo en un lugar seguro antes de cambiar cualquier ajuste: al guardar la configuración se sobrescribe.</translation>
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
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Runs the staged health check on this address without adding it</source>
        <translation>Ejecuta la comprobación por etapas en esta dirección sin añadirla</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>No comprobado: %1</translation>
    </message>
    <message>
        <source>Reachable: every stage passed in %1 ms.</source>
        <translation>Accesible: todas las etapas superadas en %1 ms.</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>Falló en %1: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>btcw::AnswerDecoder</name>
    <message>
        <source>%1 BTC (%2 sats)</source>
        <translation>%1 BTC (%2 sats)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Altura</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>Hash del bloque</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>Bloque anterior</translation>
    </message>
    <message>
        <source>Merkle root</source>
        <translation>Raíz de Merkle</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transacción</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Comisión</translation>
    </message>
    <message>
        <source>mempool</source>
        <translation>mempool</translation>
    </message>
    <message>
        <source>mempool (unconfirmed parents)</source>
        <translation>mempool (padres sin confirmar)</translation>
    </message>
    <message>
        <source>Fee rate</source>
        <translation>Tasa de comisión</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>not known to the server</source>
        <translation>el servidor no la conoce</translation>
    </message>
    <message>
        <source>BTC per kvB</source>
        <translation>BTC por kvB</translation>
    </message>
    <message>
        <source>sat per vB</source>
        <translation>sat por vB</translation>
    </message>
</context>
<context>
    <name>btcw::BalanceTable</name>
    <message>
        <source>Bitcoin addresses, one per line (up to %1)</source>
        <translation>Direcciones de Bitcoin, una por línea (hasta %1)</translation>
    </message>
    <message>
        <source>Get bala&amp;nces</source>
        <translation>Obtener sal&amp;dos</translation>
    </message>
    <message>
        <source>Ask the console&apos;s server for every address&apos;s balance in one batch</source>
        <translation>Pedir al servidor de la consola el saldo de cada dirección en un solo lote</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Confirmed (BTC)</source>
        <translation>Confirmado (BTC)</translation>
    </message>
    <message>
        <source>Unconfirmed (BTC)</source>
        <translation>Sin confirmar (BTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>Elija primero un servidor.</translation>
    </message>
    <message>
        <source>Type or paste at least one address.</source>
        <translation>Escriba o pegue al menos una dirección.</translation>
    </message>
    <message>
        <source>%1 addresses; at most %2 at a time.</source>
        <translation>%1 direcciones; como máximo %2 a la vez.</translation>
    </message>
    <message numerus="yes">
        <source>Asking %1 for %n balance(s)…</source>
        <translation>
            <numerusform>Pidiendo a %1 %n saldo…</numerusform>
            <numerusform>Pidiendo a %1 %n saldos…</numerusform>
        </translation>
    </message>
    <message>
        <source>cache</source>
        <translation>caché</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message numerus="yes">
        <source>%n balance(s) in %1 ms</source>
        <translation>
            <numerusform>%n saldo en %1 ms</numerusform>
            <numerusform>%n saldos en %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from the cache</source>
        <translation>%1 de la caché</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 con error</translation>
    </message>
</context>
<context>
    <name>btcw::CertificatesDialog</name>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Servers with self-signed certificates are trusted on first use: their certificate is pinned, and a different one later is refused until you trust it here.</source>
        <translation>Los servidores con certificados autofirmados se aceptan en el primer uso: su certificado queda fijado, y uno distinto más adelante se rechaza hasta que usted confíe en él aquí.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Huella (SHA-256)</translation>
    </message>
    <message>
        <source>Pinned since</source>
        <translation>Fijado desde</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>Certificado nuevo</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate…</source>
        <translation>Con&amp;fiar en el certificado nuevo…</translation>
    </message>
    <message>
        <source>Pin the certificate the server presented instead of the pinned one</source>
        <translation>Fijar el certificado que presentó el servidor en lugar del fijado</translation>
    </message>
    <message>
        <source>&amp;Forget pin…</source>
        <translation>&amp;Olvidar el pin…</translation>
    </message>
    <message>
        <source>Remove the pin; the next connection trusts and pins whatever the server presents</source>
        <translation>Eliminar el pin; la próxima conexión confiará en lo que presente el servidor y lo fijará</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>&amp;Copiar huella</translation>
    </message>
    <message>
        <source>The pins could not be saved (they stay in effect until btc-worker quits): %1</source>
        <translation>No se pudieron guardar los pines (siguen vigentes hasta que btc-worker se cierre): %1</translation>
    </message>
    <message>
        <source>Trust the new certificate of %1?

Pinned certificate, since %2 (SHA-256):
%3

New certificate, presented %4 (SHA-256):
%5

Trusting replaces the pin: btc-worker will then accept only the new certificate from this server and refuse the old one. Do this only if you expected the change, for example because the server&apos;s operator announced a new certificate. An unexpected change can mean that someone is intercepting the connection.</source>
        <translation>¿Confiar en el certificado nuevo de %1?

Certificado fijado, desde %2 (SHA-256):
%3

Certificado nuevo, presentado el %4 (SHA-256):
%5

Confiar en él sustituye el pin: btc-worker aceptará entonces solo el certificado nuevo de este servidor y rechazará el antiguo. Hágalo solo si esperaba el cambio, por ejemplo porque el operador del servidor anunció un certificado nuevo. Un cambio inesperado puede significar que alguien está interceptando la conexión.</translation>
    </message>
    <message>
        <source>%1, refused</source>
        <translation>%1, rechazado</translation>
    </message>
    <message>
        <source>The server presented a different certificate (SHA-256 %1) on %2; connections are refused until you trust it or it goes back.</source>
        <translation>El servidor presentó un certificado distinto (SHA-256 %1) el %2; las conexiones se rechazan hasta que usted confíe en él o el servidor vuelva al anterior.</translation>
    </message>
    <message>
        <source>No certificate is pinned yet: pins are made on the first TLS connection.</source>
        <translation>Todavía no hay ningún certificado fijado: los pines se crean en la primera conexión TLS.</translation>
    </message>
    <message>
        <source>Pinned (SHA-256):</source>
        <translation>Fijado (SHA-256):</translation>
    </message>
    <message>
        <source>Pinned since:</source>
        <translation>Fijado desde:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>Visto por última vez:</translation>
    </message>
    <message>
        <source>New, refused (SHA-256):</source>
        <translation>Nuevo, rechazado (SHA-256):</translation>
    </message>
    <message>
        <source>Presented:</source>
        <translation>Presentado:</translation>
    </message>
    <message>
        <source>The server presented a different certificate. Connections to it are refused until you trust the new one.</source>
        <translation>El servidor presentó un certificado distinto. Las conexiones con él se rechazan hasta que usted confíe en el nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>Replaced certificates (%n change(s)):</source>
        <translation>
            <numerusform>Certificados sustituidos (%n cambio):</numerusform>
            <numerusform>Certificados sustituidos (%n cambios):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2:</source>
        <translation>%1 – %2:</translation>
    </message>
    <message>
        <source>Trust new certificate</source>
        <translation>Confiar en el certificado nuevo</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate</source>
        <translation>Con&amp;fiar en el certificado nuevo</translation>
    </message>
    <message>
        <source>Could not trust the new certificate of %1: %2</source>
        <translation>No se pudo confiar en el certificado nuevo de %1: %2</translation>
    </message>
    <message>
        <source>Forget pin</source>
        <translation>Olvidar el pin</translation>
    </message>
    <message>
        <source>Forget the pinned certificate of %1 (SHA-256 %2)?

The next connection will trust whatever certificate the server presents and pin it again, without asking.</source>
        <translation>¿Olvidar el certificado fijado de %1 (SHA-256 %2)?

La próxima conexión confiará en el certificado que presente el servidor, sea cual sea, y lo volverá a fijar sin preguntar.</translation>
    </message>
    <message>
        <source>&amp;Forget pin</source>
        <translation>&amp;Olvidar el pin</translation>
    </message>
    <message>
        <source>Could not forget the pin of %1: %2</source>
        <translation>No se pudo olvidar el pin de %1: %2</translation>
    </message>
    <message>
        <source>Pin before first use</source>
        <translation>Fijar antes del primer uso</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>host:puerto</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, e.g. AB:CD:… or abcd…</source>
        <translation>huella SHA-256, p. ej. AB:CD:… o abcd…</translation>
    </message>
    <message>
        <source>From PEM fi&amp;le…</source>
        <translation>Desde archivo P&amp;EM…</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>Fij&amp;ar</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificado del servidor</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados (*.pem *.crt *.cer);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate.</source>
        <translation>El archivo no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>%1, valid from %2 until %3</source>
        <translation>%1, válido del %2 al %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>Certificado de %1</translation>
    </message>
    <message>
        <source>Enter the server as host:port, the TLS port it serves, e.g. electrum.example.org:50002.</source>
        <translation>Escriba el servidor como host:puerto, con su puerto TLS, p. ej. electrum.example.org:50002.</translation>
    </message>
    <message>
        <source>%1 is already pinned to this certificate.</source>
        <translation>%1 ya está fijado a este certificado.</translation>
    </message>
    <message>
        <source>%1 is already pinned to another certificate: forget that pin first.</source>
        <translation>%1 ya está fijado a otro certificado: olvide primero ese pin.</translation>
    </message>
    <message>
        <source>Pinned: %1 must present this certificate from its first connection on.</source>
        <translation>Fijado: %1 debe presentar este certificado desde su primera conexión.</translation>
    </message>
</context>
<context>
    <name>btcw::ChainTipsDialog</name>
    <message>
        <source>Chain tips: %1</source>
        <translation>Puntas de la cadena: %1</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>Punta</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>Hash del bloque</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Servidores</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>no tip (check failed)</source>
        <translation>sin punta (la comprobación falló)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>fork: most servers at this height follow another block</source>
        <translation>bifurcación: la mayoría de los servidores a esta altura siguen otro bloque</translation>
    </message>
    <message>
        <source>behind by %1</source>
        <translation>%1 por detrás</translation>
    </message>
    <message>
        <source>contested: no majority at this height</source>
        <translation>disputada: sin mayoría a esta altura</translation>
    </message>
    <message>
        <source>best tip</source>
        <translation>mejor punta</translation>
    </message>
    <message>
        <source>No %1 server has been checked yet: run Check all (F5) first.</source>
        <translation>Aún no se ha comprobado ningún servidor de %1: ejecute primero Comprobar todos (F5).</translation>
    </message>
    <message>
        <source>Servers checked: %1; best tip: %2; on a fork: %3; behind: %4.</source>
        <translation>Servidores comprobados: %1; mejor punta: %2; en una bifurcación: %3; por detrás: %4.</translation>
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
    <name>btcw::HealthHistoryChart</name>
    <message>
        <source>Health history of the last 7 days</source>
        <translation>Historial de estado de los últimos 7 días</translation>
    </message>
    <message>
        <source>No checks yet</source>
        <translation>Aún no hay comprobaciones</translation>
    </message>
    <message>
        <source>No checks in the last 7 days</source>
        <translation>No hay comprobaciones en los últimos 7 días</translation>
    </message>
    <message>
        <source>7 days: %1 up, no latency measured</source>
        <translation>7 días: %1 en línea, sin latencia medida</translation>
    </message>
    <message>
        <source>7 days: %1 up, median %2 ms</source>
        <translation>7 días: %1 en línea, mediana %2 ms</translation>
    </message>
    <message>
        <source>7 days ago</source>
        <translation>hace 7 días</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Block arrival lags of the last 7 days</source>
        <translation>Retrasos de llegada de bloques de los últimos 7 días</translation>
    </message>
    <message>
        <source>No block timed yet</source>
        <translation>Aún no se ha medido ningún bloque</translation>
    </message>
    <message>
        <source>No block timed in the last 7 days</source>
        <translation>Ningún bloque medido en los últimos 7 días</translation>
    </message>
    <message numerus="yes">
        <source>7 days: %n block(s), median %1 ms, p90 %2 ms after the first server</source>
        <translation>
            <numerusform>7 días: %n bloque, mediana %1 ms, p90 %2 ms tras el primer servidor</numerusform>
            <numerusform>7 días: %n bloques, mediana %1 ms, p90 %2 ms tras el primer servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Block arrival lag</source>
        <translation>Llegada de bloques</translation>
    </message>
    <message>
        <source>Check latency</source>
        <translation>Latencia de comprobación</translation>
    </message>
</context>
<context>
    <name>btcw::MainWindow</name>
    <message>
        <source>BTC Worker</source>
        <translation>BTC Worker</translation>
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
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Query console</source>
        <translation>Consola de consultas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <source>Stop the running check or peer discovery (Esc)</source>
        <translation>Detener la comprobación o el descubrimiento de pares en curso (Esc)</translation>
    </message>
    <message>
        <source>&amp;Discover peers</source>
        <translation>&amp;Descubrir pares</translation>
    </message>
    <message>
        <source>Ask the healthy servers for the servers they know; new ones are checked before they are added</source>
        <translation>Preguntar a los servidores en buen estado por los servidores que conocen; los nuevos se comprueban antes de añadirlos</translation>
    </message>
    <message>
        <source>Ce&amp;rtificates…</source>
        <translation>Ce&amp;rtificados…</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate…</source>
        <translation>Con&amp;fiar en el certificado nuevo…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>No server matches the filters.</source>
        <translation>Ningún servidor coincide con los filtros.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Quitar los filtros</translation>
    </message>
    <message>
        <source>(or Esc in the filter box)</source>
        <translation>(o Esc en el cuadro de filtro)</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 list?</source>
        <translation>¿Eliminar %1 de la lista de %2?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n server(s) from the list?</source>
        <translation>
            <numerusform>¿Eliminar %n servidor de la lista?</numerusform>
            <numerusform>¿Eliminar %n servidores de la lista?</numerusform>
        </translation>
    </message>
    <message>
        <source>Import servers.json</source>
        <translation>Importar servers.json</translation>
    </message>
    <message>
        <source>Which network are the servers in this file for?</source>
        <translation>¿Para qué red son los servidores de este archivo?</translation>
    </message>
    <message>
        <source>Export all servers as servers.json</source>
        <translation>Exportar todos los servidores como servers.json</translation>
    </message>
    <message>
        <source>Exported the servers of every network to %1.</source>
        <translation>Se exportaron los servidores de todas las redes a %1.</translation>
    </message>
    <message>
        <source>Copied, but the API refuses %1 (on this machine or your network) unless btc-worker runs with --allow-private-targets.</source>
        <translation>Copiado, pero la API rechaza %1 (en este equipo o en su red) a menos que btc-worker se ejecute con --allow-private-targets.</translation>
    </message>
    <message>
        <source>unknown network %1</source>
        <translation>red desconocida %1</translation>
    </message>
    <message>
        <source>the local API is not running</source>
        <translation>la API local no está en marcha</translation>
    </message>
    <message>
        <source>none: nothing is kept on disk</source>
        <translation>ninguna: no se guarda nada en disco</translation>
    </message>
    <message>
        <source>BTC Worker %1</source>
        <translation>BTC Worker %1</translation>
    </message>
    <message>
        <source>Browse, check and query Electrum servers; a local REST API serves the same queries.</source>
        <translation>Explore, compruebe y consulte servidores Electrum; una API REST local atiende las mismas consultas.</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>Publicado bajo la licencia MIT.</translation>
    </message>
    <message>
        <source>API documentation: %1</source>
        <translation>Documentación de la API: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <source>Chain &amp;tips…</source>
        <translation>P&amp;untas de la cadena…</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>Des&amp;hacer la eliminación</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n server(s). %1 puts them back.</source>
        <translation>
            <numerusform>Se eliminó %n servidor. %1 lo restaura.</numerusform>
            <numerusform>Se eliminaron %n servidores. %1 los restaura.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>Deshacer la eliminación</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n server(s).</source>
        <translation>
            <numerusform>Se restauró %n servidor.</numerusform>
            <numerusform>Se restauraron %n servidores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1, a twin of the selected server.</source>
        <translation>Se añadió %1, un gemelo del servidor seleccionado.</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Vigilar</translation>
    </message>
    <message>
        <source>Watched servers are followed closely: you are told when one goes down, comes back, falls behind or presents another certificate</source>
        <translation>Los servidores vigilados se siguen de cerca: se le avisa cuando uno cae, vuelve, se queda atrás o presenta otro certificado</translation>
    </message>
</context>
<context>
    <name>btcw::MonitorTray</name>
    <message>
        <source>%1 is down</source>
        <translation>%1 no responde</translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation>%1 vuelve a funcionar</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n block(s) behind</source>
        <translation>
            <numerusform>%1 va %n bloque por detrás</numerusform>
            <numerusform>%1 va %n bloques por detrás</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 caught up</source>
        <translation>%1 se ha puesto al día</translation>
    </message>
    <message>
        <source>%1 presented another certificate</source>
        <translation>%1 ha presentado otro certificado</translation>
    </message>
    <message>
        <source>Its check on %1 failed at the %2 stage.</source>
        <translation>Su comprobación en %1 falló en la etapa %2.</translation>
    </message>
    <message>
        <source>Its tip on %1 is at height %2.</source>
        <translation>Su punta en %1 está a la altura %2.</translation>
    </message>
    <message>
        <source>It passes its checks on %1 again.</source>
        <translation>Vuelve a superar sus comprobaciones en %1.</translation>
    </message>
    <message>
        <source>Other servers of %1 are ahead of its tip at height %2.</source>
        <translation>Otros servidores de %1 van por delante de su punta a la altura %2.</translation>
    </message>
    <message>
        <source>A CA-signed certificate replaced the pinned one.</source>
        <translation>Un certificado firmado por una CA sustituyó al fijado.</translation>
    </message>
    <message>
        <source>It was refused; Servers → Certificates… shows both fingerprints.</source>
        <translation>Se rechazó; Servidores → Certificados… muestra ambas huellas.</translation>
    </message>
    <message>
        <source>%1: no server is watched</source>
        <translation>%1: no se vigila ningún servidor</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n watched server address(es) up</source>
        <translation>
            <numerusform>%1: %n dirección de servidor vigilada en marcha</numerusform>
            <numerusform>%1: %n direcciones de servidor vigiladas en marcha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n watched server address(es) down</source>
        <translation>
            <numerusform>%1: %n dirección de servidor vigilada caída</numerusform>
            <numerusform>%1: %n direcciones de servidor vigiladas caídas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 up</source>
        <translation>%1 en marcha</translation>
    </message>
    <message>
        <source>%1 may be on a fork</source>
        <translation>%1 puede estar en una bifurcación</translation>
    </message>
    <message>
        <source>%1 is on the common chain again</source>
        <translation>%1 vuelve a estar en la cadena común</translation>
    </message>
    <message>
        <source>Its tip on %1 (height %2, block %3) is on no other followed server; another block is at that height.</source>
        <translation>Su punta en %1 (altura %2, bloque %3) no está en ningún otro servidor seguido; hay otro bloque a esa altura.</translation>
    </message>
    <message>
        <source>It is no longer followed on %1.</source>
        <translation>Ya no se sigue en %1.</translation>
    </message>
</context>
<context>
    <name>btcw::QueryConsole</name>
    <message>
        <source>host:port:s (TLS) or host:port:t (TCP)</source>
        <translation>host:port:s (TLS) o host:port:t (TCP)</translation>
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
    <message>
        <source>Answered from the cache (%1 s old, protocol %2)</source>
        <translation>Respondido desde la caché (%1 s de antigüedad, protocolo %2)</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>en caché</translation>
    </message>
    <message>
        <source>JSON array, e.g. [] or [&quot;&lt;scripthash or address&gt;&quot;]</source>
        <translation>Array JSON, p. ej. [] o [&quot;&lt;scripthash o dirección&gt;&quot;]</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>E&amp;nviar</translation>
    </message>
    <message>
        <source>Send the query (Ctrl+Enter)</source>
        <translation>Enviar la consulta (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>Type or pick a method first.</source>
        <translation>Escriba o elija primero un método.</translation>
    </message>
    <message>
        <source>“%1” is not an Electrum method name (like server.features).</source>
        <translation>«%1» no es un nombre de método de Electrum (como server.features).</translation>
    </message>
    <message>
        <source>A method the console does not know: it is sent as typed.</source>
        <translation>Un método que la consola no conoce: se envía tal como está escrito.</translation>
    </message>
    <message>
        <source>A Bitcoin address works in place of the script hash.</source>
        <translation>También sirve una dirección de Bitcoin en lugar del scripthash.</translation>
    </message>
    <message>
        <source>Script hash of the address: %1</source>
        <translation>Scripthash de la dirección: %1</translation>
    </message>
    <message>
        <source>Copied, but the API refuses %1 (on this machine or your network) unless btc-worker runs with --allow-private-targets.</source>
        <translation>Copiado, pero la API rechaza %1 (en este equipo o en su red) a menos que btc-worker se ejecute con --allow-private-targets.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>Saldos</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>El servidor dice: %1</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Check the answer against a header chain verified from checkpoints (headers, and transactions by their merkle proof)</source>
        <translation>Comprobar la respuesta con una cadena de cabeceras verificada desde puntos de control (cabeceras, y transacciones por su prueba de Merkle)</translation>
    </message>
    <message>
        <source>Verified against the header chain.</source>
        <translation>Verificada con la cadena de cabeceras.</translation>
    </message>
    <message>
        <source>Not verified: this answer has no proof the header chain can check.</source>
        <translation>Sin verificar: esta respuesta no tiene una prueba que la cadena de cabeceras pueda comprobar.</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verificada</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>sin verificar</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detalles: %1</translation>
    </message>
</context>
<context>
    <name>btcw::ScanCoordinator</name>
    <message>
        <source>Peer discovery cancelled: </source>
        <translation>Descubrimiento de pares cancelado: </translation>
    </message>
    <message>
        <source>Peer discovery: </source>
        <translation>Descubrimiento de pares: </translation>
    </message>
    <message>
        <source>no new servers were announced</source>
        <translation>no se anunció ningún servidor nuevo</translation>
    </message>
    <message>
        <source>%1 new servers checked, %2 added, %3 failed</source>
        <translation>%1 servidores nuevos comprobados, %2 añadidos, %3 fallidos</translation>
    </message>
    <message>
        <source>; %1 announced many unverifiable peers</source>
        <translation>; muchos pares no verificables anunciados por: %1</translation>
    </message>
    <message>
        <source>Not checked: servers of networks without a known genesis (%1).</source>
        <translation>Sin comprobar: servidores de redes sin un bloque génesis conocido (%1).</translation>
    </message>
    <message>
        <source>The check starts when the running one has finished.</source>
        <translation>La comprobación empezará cuando termine la que está en curso.</translation>
    </message>
    <message>
        <source>The check could not start.</source>
        <translation>No se pudo iniciar la comprobación.</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>Comprobados %1 de %2</translation>
    </message>
    <message>
        <source>(%1, network %2 of %3)</source>
        <translation>(%1, red %2 de %3)</translation>
    </message>
    <message>
        <source>Check cancelled after %1 of %2 servers.</source>
        <translation>Comprobación cancelada tras %1 de %2 servidores.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n server(s) of %1: %2 up.</source>
        <translation>
            <numerusform>Se comprobó %n servidor de %1: %2 en línea.</numerusform>
            <numerusform>Se comprobaron %n servidores de %1: %2 en línea.</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer discovery starts when the running check has finished.</source>
        <translation>El descubrimiento de pares empezará cuando termine la comprobación en curso.</translation>
    </message>
    <message>
        <source>No healthy %1 server to ask for peers: check the servers first.</source>
        <translation>No hay ningún servidor de %1 en buen estado al que pedir pares: compruebe primero los servidores.</translation>
    </message>
    <message>
        <source>Discovering peers</source>
        <translation>Descubriendo pares</translation>
    </message>
    <message numerus="yes">
        <source>Peer discovery: asking %n server(s) for their peers…</source>
        <translation>
            <numerusform>Descubrimiento de pares: preguntando a %n servidor por sus pares…</numerusform>
            <numerusform>Descubrimiento de pares: preguntando a %n servidores por sus pares…</numerusform>
        </translation>
    </message>
    <message>
        <source>New block %1 on %2.</source>
        <translation>Nuevo bloque %1 en %2.</translation>
    </message>
    <message>
        <source>New block %1 on %2 (agreed height %3).</source>
        <translation>Nuevo bloque %1 en %2 (altura acordada %3).</translation>
    </message>
</context>
<context>
    <name>btcw::ServerDetailsPane</name>
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
    <message>
        <source>Health check</source>
        <translation>Comprobación de estado</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún no comprobado.</translation>
    </message>
    <message>
        <source>Healthy: every stage passed in %1 ms.</source>
        <translation>En buen estado: todas las etapas superadas en %1 ms.</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>Falló en %1: %2</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>Comprobado: %1</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>Certificado: %1</translation>
    </message>
    <message>
        <source>Tip: height %1, %2</source>
        <translation>Punta: altura %1, %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>%1, checks: %2</source>
        <translation>%1, comprobaciones: %2</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>sin comprobaciones</translation>
    </message>
    <message>
        <source>Uptime 24 h: %1</source>
        <translation>Disponibilidad 24 h: %1</translation>
    </message>
    <message>
        <source>Uptime 7 d: %1</source>
        <translation>Disponibilidad 7 días: %1</translation>
    </message>
    <message>
        <source>Latency 7 d: median %1 ms, p90 %2 ms</source>
        <translation>Latencia 7 días: mediana %1 ms, p90 %2 ms</translation>
    </message>
    <message>
        <source>Latency 7 d: not measured</source>
        <translation>Latencia 7 días: sin medir</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <source>Discovered from %1 on %2</source>
        <translation>Descubierto a través de %1 el %2</translation>
    </message>
    <message>
        <source>Discovered from %1</source>
        <translation>Descubierto a través de %1</translation>
    </message>
    <message>
        <source>Announced by %1 on %2</source>
        <translation>Anunciado por %1 el %2</translation>
    </message>
    <message>
        <source>Announced by %1</source>
        <translation>Anunciado por %1</translation>
    </message>
    <message>
        <source>Fetch features and &amp;banner</source>
        <translation>Obtener funciones y &amp;banner</translation>
    </message>
    <message>
        <source>Last check: healthy, %1 ms</source>
        <translation>Última comprobación: sano, %1 ms</translation>
    </message>
    <message>
        <source>Last check: healthy</source>
        <translation>Última comprobación: sano</translation>
    </message>
    <message>
        <source>Last check: failed at %1: %2</source>
        <translation>Última comprobación: falló en %1: %2</translation>
    </message>
    <message>
        <source>The stages of checks before this start are not kept; check again to see them.</source>
        <translation>Las etapas de las comprobaciones anteriores a este inicio no se conservan; compruebe de nuevo para verlas.</translation>
    </message>
    <message>
        <source>Resolve &amp;addresses and twins</source>
        <translation>Resolver &amp;direcciones y gemelos</translation>
    </message>
    <message>
        <source>Could not resolve the addresses: %1</source>
        <translation>No se pudieron resolver las direcciones: %1</translation>
    </message>
    <message>
        <source>announced, not checked yet</source>
        <translation>anunciado, aún sin comprobar</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <source>conflicting: another server</source>
        <translation>en conflicto: otro servidor</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>%1 (TTL %2 s)</source>
        <translation>%1 (TTL %2 s)</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Resuelto:</translation>
    </message>
    <message>
        <source>No twins known yet: resolve the addresses to see the hosts it announces.</source>
        <translation>Aún no se conocen gemelos: resuelva las direcciones para ver los hosts que anuncia.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>add to my servers</source>
        <translation>añadir a mis servidores</translation>
    </message>
    <message>
        <source>Resolving addresses and checking twins…</source>
        <translation>Resolviendo direcciones y comprobando gemelos…</translation>
    </message>
    <message numerus="yes">
        <source>Last block seen %n s ago (height %1)</source>
        <translation>
            <numerusform>Último bloque visto hace %n segundo (altura %1)</numerusform>
            <numerusform>Último bloque visto hace %n segundos (altura %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btcw::ServerFilterBar</name>
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
        <source>&amp;Lagging or forked</source>
        <translation>&amp;Retrasados o bifurcados</translation>
    </message>
    <message>
        <source>Only servers behind the best tip of their network or on another chain</source>
        <translation>Solo los servidores por detrás de la mejor punta de su red o en otra cadena</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>Todas las redes</translation>
    </message>
    <message>
        <source>&amp;Group by server</source>
        <translation>A&amp;grupar por servidor</translation>
    </message>
    <message>
        <source>One row per server: addresses confirmed to be the same server (its hostname, IP and .onion twins) are shown once</source>
        <translation>Una fila por servidor: las direcciones confirmadas como el mismo servidor (su nombre de host, IP y gemelos .onion) se muestran una vez</translation>
    </message>
    <message>
        <source>&amp;Watched only</source>
        <translation>Solo &amp;vigilados</translation>
    </message>
    <message>
        <source>Only the servers you watch (ticked in the Watched column)</source>
        <translation>Solo los servidores que vigila (marcados en la columna Vigilado)</translation>
    </message>
</context>
<context>
    <name>btcw::ServerFilterProxyModel</name>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
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
    <message>
        <source>reports another block hash at height %1 than most servers</source>
        <translation>informa de un hash de bloque en la altura %1 distinto del de la mayoría de los servidores</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>bifurcación</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>incluido</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>par</translation>
    </message>
    <message>
        <source>another server</source>
        <translation>otro servidor</translation>
    </message>
    <message>
        <source>discovered from %1 on %2</source>
        <translation>descubierto a través de %1 el %2</translation>
    </message>
    <message>
        <source>discovered from %1</source>
        <translation>descubierto a través de %1</translation>
    </message>
    <message>
        <source>announced many peers that could not be verified</source>
        <translation>anunció muchos pares que no se pudieron verificar</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>peer of %1</source>
        <translation>par de %1</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>Disponibilidad 24 h</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>changed!</source>
        <translation>¡cambiado!</translation>
    </message>
    <message>
        <source>The server presented another certificate than the pinned one. Servers → Certificates… shows both; trust the new one there or forget the pin.</source>
        <translation>El servidor presentó un certificado distinto del fijado. Servidores → Certificados… muestra ambos; confíe allí en el nuevo u olvide el pin.</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>certificate changed</source>
        <translation>certificado cambiado</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS fallido</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>sin negociación</translation>
    </message>
    <message>
        <source>wrong network</source>
        <translation>red equivocada</translation>
    </message>
    <message>
        <source>bad features</source>
        <translation>características erróneas</translation>
    </message>
    <message>
        <source>no valid tip</source>
        <translation>sin punta válida</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Same server as %1</source>
        <translation>El mismo servidor que %1</translation>
    </message>
    <message>
        <source>Watched: you are told when it goes down, comes back, falls behind or presents another certificate</source>
        <translation>Vigilado: se le avisa cuando cae, vuelve, se queda atrás o presenta otro certificado</translation>
    </message>
    <message>
        <source>Tick to watch this server</source>
        <translation>Marque para vigilar este servidor</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Vigilado</translation>
    </message>
    <message>
        <source>served invalid data</source>
        <translation>sirvió datos no válidos</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Block arrival is timed for followed servers: watch this server to follow it</source>
        <translation>La llegada de bloques se mide en los servidores seguidos: vigile este servidor para seguirlo</translation>
    </message>
    <message>
        <source>Block %1 announced %2 after the first server</source>
        <translation>Bloque %1 anunciado %2 después del primer servidor</translation>
    </message>
    <message>
        <source>24 hours: median %1, 95th percentile %2 (blocks: %3)</source>
        <translation>24 horas: mediana %1, percentil 95 %2 (bloques: %3)</translation>
    </message>
    <message>
        <source>7 days: median %1, 95th percentile %2 (blocks: %3)</source>
        <translation>7 días: mediana %1, percentil 95 %2 (bloques: %3)</translation>
    </message>
    <message>
        <source>Its tip is a block no other followed server has at that height: a fork or a stale tip?</source>
        <translation>Su punta es un bloque que ningún otro servidor seguido tiene a esa altura: ¿una bifurcación o una punta obsoleta?</translation>
    </message>
    <message>
        <source>Followed: no new block announced yet</source>
        <translation>Seguido: aún no ha anunciado ningún bloque nuevo</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Llegada</translation>
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
    <message>
        <source>A running Tor&apos;s control port (often 9051), asked how far it has started; its password goes in the Passwords section</source>
        <translation>El puerto de control de un Tor en ejecución (a menudo 9051), al que se pregunta por el progreso de su arranque; su contraseña va en la sección «Contraseñas»</translation>
    </message>
    <message>
        <source>&amp;Control port:</source>
        <translation>Puerto de &amp;control:</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Contraseñas</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Passwords cannot be saved: no secret store is available.</source>
        <translation>No se pueden guardar contraseñas: no hay ningún almacén de secretos disponible.</translation>
    </message>
    <message>
        <source>removed when you press OK</source>
        <translation>se eliminará al pulsar Aceptar</translation>
    </message>
    <message>
        <source>Redis pass&amp;word:</source>
        <translation>Contra&amp;seña de Redis:</translation>
    </message>
    <message>
        <source>Tor control p&amp;assword:</source>
        <translation>Co&amp;ntraseña de control de Tor:</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>Comprobaciones de estado</translation>
    </message>
    <message>
        <source>How many servers a scan checks at the same time</source>
        <translation>Cuántos servidores comprueba a la vez un escaneo</translation>
    </message>
    <message>
        <source>The most one server&apos;s check may take, from connecting to its last answer</source>
        <translation>El tiempo máximo que puede durar la comprobación de un servidor, desde la conexión hasta su última respuesta</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Check the servers of the last scanned network again this often</source>
        <translation>Volver a comprobar con esta frecuencia los servidores de la última red escaneada</translation>
    </message>
    <message>
        <source>Discover new servers from the healthy ones after a scan</source>
        <translation>Descubrir servidores nuevos a partir de los que están en buen estado tras un escaneo</translation>
    </message>
    <message>
        <source>Servers checked at &amp;once:</source>
        <translation>Servidores comprobados a la &amp;vez:</translation>
    </message>
    <message>
        <source>Time &amp;budget per server:</source>
        <translation>Tiempo má&amp;ximo por servidor:</translation>
    </message>
    <message>
        <source>Check &amp;again every:</source>
        <translation>Volver a compro&amp;bar cada:</translation>
    </message>
    <message>
        <source>Kept in %1, never in the settings file.</source>
        <translation>Se guardan en: %1; nunca en el archivo de configuración.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; there is no system keychain; passwords are kept unencrypted in %1.</source>
        <translation>&lt;b&gt;Aviso:&lt;/b&gt; no hay llavero del sistema; las contraseñas se guardan sin cifrar en: %1.</translation>
    </message>
    <message>
        <source>stored; type a new one to replace it</source>
        <translation>guardada; escriba una nueva para sustituirla</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>Could not save the Redis password: %1</source>
        <translation>No se pudo guardar la contraseña de Redis: %1</translation>
    </message>
    <message>
        <source>Could not remove the Redis password: %1</source>
        <translation>No se pudo eliminar la contraseña de Redis: %1</translation>
    </message>
    <message>
        <source>Could not save the Tor control password: %1</source>
        <translation>No se pudo guardar la contraseña de control de Tor: %1</translation>
    </message>
    <message>
        <source>Could not remove the Tor control password: %1</source>
        <translation>No se pudo eliminar la contraseña de control de Tor: %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>(after a restart)</source>
        <translation>(tras reiniciar)</translation>
    </message>
    <message>
        <source>BTC Worker reads this setting when it starts</source>
        <translation>BTC Worker lee este ajuste al iniciarse</translation>
    </message>
    <message>
        <source>Let the API query servers on loopback or private networks (your own LAN server)</source>
        <translation>Permitir que la API consulte servidores en loopback o en redes privadas (su propio servidor LAN)</translation>
    </message>
    <message>
        <source>Allow blockchain.transaction.broadcast through the API</source>
        <translation>Permitir blockchain.transaction.broadcast a través de la API</translation>
    </message>
    <message>
        <source>How long answers that change with each block (balances, histories, fees) are kept; settled answers follow their own, longer rules</source>
        <translation>Cuánto tiempo se guardan las respuestas que cambian con cada bloque (saldos, historiales, comisiones); las respuestas asentadas siguen sus propias reglas, más largas</translation>
    </message>
    <message>
        <source>%1 set in the environment: it wins over the field here.</source>
        <translation>%1 está definido en el entorno: tiene prioridad sobre el campo de aquí.</translation>
    </message>
    <message>
        <source>Settings apply when you press OK, except those marked &quot;after a restart&quot;.</source>
        <translation>Los ajustes se aplican al pulsar Aceptar, salvo los marcados «tras reiniciar».</translation>
    </message>
    <message>
        <source>Reads the token from %1 and copies it</source>
        <translation>Lee el token de %1 y lo copia</translation>
    </message>
    <message>
        <source>Running now at %1:%2 (set on the command line); the fields show the saved values used when it starts without those options.</source>
        <translation>En marcha ahora en %1:%2 (fijado en la línea de órdenes); los campos muestran los valores guardados que se usan al iniciar sin esas opciones.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Use a server&apos;s confirmed .onion twin when Tor is available</source>
        <translation>Usar el gemelo .onion confirmado de un servidor cuando Tor esté disponible</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> por segundo</translation>
    </message>
    <message>
        <source>Requests per second one program with the token may send. Automatic: no limit while the API listens on this machine only, 50 when it listens on a network address. 0: no limit.</source>
        <translation>Peticiones por segundo que un programa con el token puede enviar. Automático: sin límite mientras la API escucha solo en esta máquina, 50 cuando escucha en una dirección de red. 0: sin límite.</translation>
    </message>
    <message>
        <source>Rate l&amp;imit:</source>
        <translation>L&amp;ímite de peticiones:</translation>
    </message>
    <message>
        <source>Watched servers</source>
        <translation>Servidores vigilados</translation>
    </message>
    <message>
        <source>Tell me when one goes down or comes back</source>
        <translation>Avisarme cuando uno cae o vuelve</translation>
    </message>
    <message>
        <source>Tell me when one falls behind or catches up</source>
        <translation>Avisarme cuando uno se queda atrás o se pone al día</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> bloques</translation>
    </message>
    <message>
        <source>A server further behind the best tip of its network than this has fallen behind</source>
        <translation>Un servidor más atrasado que esto respecto a la mejor punta de su red se ha quedado atrás</translation>
    </message>
    <message>
        <source>Tell me when one presents another certificate</source>
        <translation>Avisarme cuando uno presenta otro certificado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>After telling of a server, further changes of it wait this long, so a server that comes and goes is not told of again and again</source>
        <translation>Tras avisar de un servidor, sus siguientes cambios esperan este tiempo, para que un servidor que va y viene no se avise una y otra vez</translation>
    </message>
    <message>
        <source>&amp;Behind by more than:</source>
        <translation>&amp;Atrasado en más de:</translation>
    </message>
    <message>
        <source>&amp;Quiet after telling:</source>
        <translation>&amp;Silencio tras avisar:</translation>
    </message>
    <message>
        <source>Follow every healthy server live, not only the watched ones</source>
        <translation>Seguir en vivo todos los servidores sanos, no solo los vigilados</translation>
    </message>
    <message>
        <source>Each followed server keeps one connection open (200 at most), so that the Arrival column can time when it announces each new block</source>
        <translation>Cada servidor seguido mantiene una conexión abierta (200 como máximo), para que la columna Llegada mida cuándo anuncia cada bloque nuevo</translation>
    </message>
    <message>
        <source>Tell me when one is on a block no other followed server has</source>
        <translation>Avisarme cuando uno esté en un bloque que ningún otro servidor seguido tiene</translation>
    </message>
    <message>
        <source>Have each server prove what it serves (a merkle proof, the headers at its tip)</source>
        <translation>Hacer que cada servidor pruebe lo que sirve (una prueba de Merkle, las cabeceras de su punta)</translation>
    </message>
</context>
<context>
    <name>btcw::StatusIndicators</name>
    <message numerus="yes">
        <source>%n server(s) shown</source>
        <translation>
            <numerusform>%n servidor mostrado</numerusform>
            <numerusform>%n servidores mostrados</numerusform>
        </translation>
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
        <source>%1 (degraded)</source>
        <translation>%1 (degradada)</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses, %3 entries, %4 KiB held here</source>
        <translation>%1 aciertos, %2 fallos, %3 entradas, %4 KiB guardados aquí</translation>
    </message>
    <message>
        <source>Tor: starts when needed</source>
        <translation>Tor: se inicia cuando haga falta</translation>
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
    <message>
        <source>Settings reset</source>
        <translation>Configuración restablecida</translation>
    </message>
</context>
</TS>
