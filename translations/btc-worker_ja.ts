<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>CommandLine</name>
    <message>
        <source>Browse, check and query Electrum servers; serve a local REST API.</source>
        <translation>Electrum サーバーを一覧・確認・照会し、ローカル REST API を提供します。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Serve the API without a window (also when there is no display).</source>
        <translation>ウィンドウなしで API を提供します（ディスプレイがない場合も同様）。</translation>
    </message>
    <message>
        <source>Do not serve the local REST API.</source>
        <translation>ローカル REST API を提供しません。</translation>
    </message>
    <message>
        <source>Port of the local API (default 5000).</source>
        <translation>ローカル API のポート（既定値 5000）。</translation>
    </message>
    <message>
        <source>Address the local API listens on (default 127.0.0.1).</source>
        <translation>ローカル API が待ち受けるアドレス（既定値 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Directory for pins and user servers (default: the app data folder).</source>
        <translation>ピンとユーザー追加サーバーを保存するディレクトリ（既定値: アプリのデータフォルダー）。</translation>
    </message>
    <message>
        <source>Allow methods that change the server or the network (transaction broadcasts, server.add_peer).</source>
        <translation>サーバーやネットワークを変更するメソッド（トランザクションのブロードキャスト、server.add_peer）を許可します。</translation>
    </message>
    <message>
        <source>Forward Electrum methods that BTC Worker does not know.</source>
        <translation>BTC Worker が知らない Electrum メソッドも転送します。</translation>
    </message>
    <message>
        <source>Let the API query servers on loopback or private networks (your own LAN server).</source>
        <translation>API がループバックやプライベートネットワーク上のサーバー（自分の LAN サーバー）を照会できるようにします。</translation>
    </message>
    <message>
        <source>Never use Tor (.onion servers fail).</source>
        <translation>Tor を使用しません（.onion サーバーは失敗します）。</translation>
    </message>
    <message>
        <source>Route every server connection through Tor, never directly.</source>
        <translation>すべてのサーバー接続を Tor 経由にし、直接接続しません。</translation>
    </message>
    <message>
        <source>Read the API&apos;s bearer token from this owner-only file instead of writing a fresh one to &lt;data-dir&gt;/api.cookie at every start.</source>
        <translation>起動のたびに新しいトークンを &lt;data-dir&gt;/api.cookie に書き込む代わりに、所有者のみが読めるこのファイルから API のベアラートークンを読み込みます。</translation>
    </message>
    <message>
        <source>Serve the API without a bearer token (only allowed on a loopback address).</source>
        <translation>ベアラートークンなしで API を提供します（ループバックアドレスでのみ許可）。</translation>
    </message>
    <message>
        <source>Check every server of this network at start (mainnet, testnet, testnet4, signet, regtest), then discover peers.</source>
        <translation>このネットワーク（mainnet、testnet、testnet4、signet、regtest）のすべてのサーバーを起動時に確認し、その後ピアを探索します。</translation>
    </message>
    <message>
        <source>Scan at start and again every this many minutes (0 = never; default: settings).</source>
        <translation>起動時にスキャンし、その後この間隔（分）で再スキャンします（0 = しない、既定値: 設定に従う）。</translation>
    </message>
    <message>
        <source>Start our own tor at start when no running Tor is found (by default it starts on the first request that needs Tor).</source>
        <translation>実行中の Tor が見つからない場合、起動時に独自の tor を起動します（既定では Tor を必要とする最初のリクエストで起動します）。</translation>
    </message>
    <message>
        <source>Never start our own tor; use only a Tor that is running.</source>
        <translation>独自の tor を起動せず、実行中の Tor のみを使用します。</translation>
    </message>
    <message>
        <source>Use only the Tor SOCKS5 port at HOST:PORT: never look for another (9050, 9150); if it does not answer, say so (and start our own tor unless --no-launch-tor).</source>
        <translation>HOST:PORT の Tor SOCKS5 ポートだけを使います。ほかのポート（9050、9150）は探しません。応答がなければそう伝えます（--no-launch-tor がなければ独自の tor を起動します）。</translation>
    </message>
    <message>
        <source>Requests per second one client with the token may send (0: no limit). Default: no limit when the API listens on loopback, 50 otherwise.</source>
        <translation>トークンを持つクライアントが 1 秒あたりに送れるリクエスト数（0: 制限なし）。既定: API がループバックで待ち受けるときは制限なし、それ以外は 50。</translation>
    </message>
    <message>
        <source>Run this command when a watched server goes down, comes back, falls behind or presents another certificate; it reads the event as JSON on standard input.</source>
        <translation>監視中のサーバーが停止、復帰、遅延、または別の証明書を提示したときにこのコマンドを実行します。イベントは JSON として標準入力から読み取られます。</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>no answer within the %1 s budget</source>
        <translation>%1 秒の制限時間内に応答がありません</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続しました</translation>
    </message>
    <message>
        <source>connected through Tor</source>
        <translation>Tor 経由で接続しました</translation>
    </message>
    <message>
        <source>certificate pinned on first use</source>
        <translation>初回使用時に証明書をピン留めしました</translation>
    </message>
    <message>
        <source>certificate matches the pin from %1</source>
        <translation>証明書は %1 のピンと一致します</translation>
    </message>
    <message>
        <source>a CA-signed certificate replaced the one pinned on %1</source>
        <translation>CA 署名の証明書が %1 にピン留めした証明書を置き換えました</translation>
    </message>
    <message>
        <source>certificate changed since %1</source>
        <translation>%1 以降に証明書が変更されました</translation>
    </message>
    <message>
        <source>certificate changed since it was pinned</source>
        <translation>ピン留め後に証明書が変更されました</translation>
    </message>
    <message>
        <source>protocol %1, %2</source>
        <translation>プロトコル %1、%2</translation>
    </message>
    <message>
        <source>the reply to server.features is not an object</source>
        <translation>server.features の応答がオブジェクトではありません</translation>
    </message>
    <message>
        <source>no genesis hash, expected %1&apos;s</source>
        <translation>ジェネシスハッシュがありません（想定: %1 のもの）</translation>
    </message>
    <message>
        <source>genesis is %1&apos;s, expected %2</source>
        <translation>ジェネシスは %1 のものです（想定: %2）</translation>
    </message>
    <message>
        <source>genesis is %1 (no known network), expected %2</source>
        <translation>ジェネシスは %1 です（既知のネットワークではありません。想定: %2）</translation>
    </message>
    <message>
        <source>hash function is %1, expected sha256</source>
        <translation>ハッシュ関数が %1 です（想定: sha256）</translation>
    </message>
    <message>
        <source>genesis matches %1</source>
        <translation>ジェネシスは %1 と一致します</translation>
    </message>
    <message>
        <source>%1 is not among the hosts the server lists (it lists none)</source>
        <translation>%1 はサーバーが示すホストに含まれていません（ホストの記載なし）</translation>
    </message>
    <message>
        <source>%1 is not among the hosts the server lists (%2)</source>
        <translation>%1 はサーバーが示すホストに含まれていません（%2）</translation>
    </message>
    <message>
        <source>the server lists %1 without a %2</source>
        <translation>サーバーは %1 を %2 なしで示しています</translation>
    </message>
    <message>
        <source>the server lists %1 with %2 %3, not %4</source>
        <translation>サーバーは %1 を %2 %3 で示しています（%4 ではありません）</translation>
    </message>
    <message>
        <source>the tip reply is not a height and an 80-byte header</source>
        <translation>チップの応答が高さと 80 バイトのヘッダーではありません</translation>
    </message>
    <message>
        <source>height %1, hash %2</source>
        <translation>高さ %1、ハッシュ %2</translation>
    </message>
    <message>
        <source>header %1 is not an 80-byte header</source>
        <translation>ヘッダー %1 は 80 バイトのヘッダーではありません</translation>
    </message>
    <message>
        <source>header %1 hashes to %2, expected %3</source>
        <translation>ヘッダー %1 のハッシュは %2 です（想定: %3）</translation>
    </message>
    <message>
        <source>header %1 hashes to %2, expected %3 (the %4 genesis)</source>
        <translation>ヘッダー %1 のハッシュは %2 です（想定: %3、%4 のジェネシス）</translation>
    </message>
    <message>
        <source>header %1 matches the expected hash</source>
        <translation>ヘッダー %1 は想定どおりのハッシュです</translation>
    </message>
    <message>
        <source>header %1 matches the %2 genesis</source>
        <translation>ヘッダー %1 は %2 のジェネシスと一致します</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>the input is not valid</source>
        <translation>入力が無効です</translation>
    </message>
    <message>
        <source>the address is not valid or not allowed</source>
        <translation>アドレスが無効か、許可されていません</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>ホスト名が見つかりません</translation>
    </message>
    <message>
        <source>connection refused: nothing listens on that port</source>
        <translation>接続が拒否されました: そのポートで待ち受けているものがありません</translation>
    </message>
    <message>
        <source>the host cannot be reached</source>
        <translation>ホストに到達できません</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>TLS ハンドシェイクに失敗しました</translation>
    </message>
    <message>
        <source>the certificate changed since it was pinned</source>
        <translation>ピン留め後に証明書が変更されました</translation>
    </message>
    <message>
        <source>the server broke the Electrum protocol</source>
        <translation>サーバーが Electrum プロトコルに違反しました</translation>
    </message>
    <message>
        <source>the server answered with an error</source>
        <translation>サーバーがエラーを返しました</translation>
    </message>
    <message>
        <source>the answer is too large</source>
        <translation>応答が大きすぎます</translation>
    </message>
    <message>
        <source>the connection closed before an answer</source>
        <translation>応答の前に接続が閉じられました</translation>
    </message>
    <message>
        <source>the Tor proxy could not connect</source>
        <translation>Tor プロキシが接続できませんでした</translation>
    </message>
    <message>
        <source>Tor is needed and not available</source>
        <translation>Tor が必要ですが利用できません</translation>
    </message>
    <message>
        <source>too many requests are waiting</source>
        <translation>待機中のリクエストが多すぎます</translation>
    </message>
    <message>
        <source>the settings do not allow it</source>
        <translation>設定で許可されていません</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>not possible right now</source>
        <translation>現在は実行できません</translation>
    </message>
    <message>
        <source>not authorised</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>リクエストが多すぎます</translation>
    </message>
    <message>
        <source>an internal error</source>
        <translation>内部エラー</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS ハンドシェイク</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>機能情報</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>チップ</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>Ping</translation>
    </message>
    <message>
        <source>trusted on first use</source>
        <translation>初回使用時に信頼</translation>
    </message>
    <message>
        <source>matches the pinned certificate</source>
        <translation>ピン留めされた証明書と一致</translation>
    </message>
    <message>
        <source>changed since it was pinned</source>
        <translation>ピン留め後に変更</translation>
    </message>
    <message>
        <source>replaced by a CA-signed certificate</source>
        <translation>CA 署名の証明書に置き換え済み</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>メモリ</translation>
    </message>
    <message>
        <source>connect</source>
        <comment>verdict stage</comment>
        <translation>接続</translation>
    </message>
    <message>
        <source>tls</source>
        <comment>verdict stage</comment>
        <translation>TLS</translation>
    </message>
    <message>
        <source>version</source>
        <comment>verdict stage</comment>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>features</source>
        <comment>verdict stage</comment>
        <translation>機能情報</translation>
    </message>
    <message>
        <source>tip</source>
        <comment>verdict stage</comment>
        <translation>チップ</translation>
    </message>
    <message>
        <source>header</source>
        <comment>verdict stage</comment>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>ping</source>
        <comment>verdict stage</comment>
        <translation>Ping</translation>
    </message>
    <message>
        <source>redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>“%1” is not a method of the Electrum protocol 1.4 to 1.6 that BTC Worker knows; start btc-worker with --allow-unknown-methods to send other methods</source>
        <translation>「%1」は BTC Worker が知っている Electrum プロトコル 1.4〜1.6 のメソッドではありません。他のメソッドを送るには btc-worker を --allow-unknown-methods 付きで起動してください</translation>
    </message>
    <message>
        <source>“%1” changes the server&apos;s or the network&apos;s state (a broadcast, a new peer) and is turned off; start btc-worker with --allow-broadcast to send it</source>
        <translation>「%1」はサーバーまたはネットワークの状態を変更する（ブロードキャスト、新しいピア）ため無効になっています。送るには btc-worker を --allow-broadcast 付きで起動してください</translation>
    </message>
    <message>
        <source>the server address is empty</source>
        <translation>サーバーアドレスが空です</translation>
    </message>
    <message>
        <source>“%1.onion” is a version 2 onion address; Tor no longer supports v2 onion services, use the server&apos;s 56-character v3 address</source>
        <translation>「%1.onion」はバージョン 2 の onion アドレスです。Tor は v2 onion サービスに対応しなくなりました。サーバーの 56 文字の v3 アドレスを使ってください</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: a v3 onion address has 56 characters before .onion, this one has %2</source>
        <translation>「%1.onion」は有効な onion アドレスではありません。v3 onion アドレスは .onion の前が 56 文字ですが、これは %2 文字です</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: “%2” is not a base32 character (a–z, 2–7)</source>
        <translation>「%1.onion」は有効な onion アドレスではありません。「%2」は base32 の文字（a–z、2–7）ではありません</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: its version byte is %2, expected 3</source>
        <translation>「%1.onion」は有効な onion アドレスではありません。バージョンバイトが %2 です（3 のはず）</translation>
    </message>
    <message>
        <source>“%1.onion” is not a valid onion address: its checksum does not match, probably a typo</source>
        <translation>「%1.onion」は有効な onion アドレスではありません。チェックサムが一致しません（入力ミスの可能性があります）</translation>
    </message>
    <message>
        <source>“%1” is not a valid onion address: nothing comes before .onion</source>
        <translation>「%1」は有効な onion アドレスではありません。.onion の前に何もありません</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: it has an empty part between dots</source>
        <translation>「%1」は有効なホスト名ではありません。ドットの間に空の部分があります</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: the part “%2” is longer than 63 characters</source>
        <translation>「%1」は有効なホスト名ではありません。部分「%2」が 63 文字を超えています</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: “%2” is not allowed, use letters a–z, digits and hyphens</source>
        <translation>「%1」は有効なホスト名ではありません。「%2」は使えません。英字 a–z、数字、ハイフンを使ってください</translation>
    </message>
    <message>
        <source>“%1” is not a valid host name: the part “%2” starts or ends with a hyphen</source>
        <translation>「%1」は有効なホスト名ではありません。部分「%2」がハイフンで始まるか終わっています</translation>
    </message>
    <message>
        <source>“%1…” is not a valid host name: it is longer than 253 characters</source>
        <translation>「%1…」は有効なホスト名ではありません。253 文字を超えています</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address</source>
        <translation>「%1」は有効な IPv4 アドレスではありません</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv6 address</source>
        <translation>「%1」は有効な IPv6 アドレスではありません</translation>
    </message>
    <message>
        <source>“%1”: IPv6 zone ids (the part after %) are not supported</source>
        <translation>「%1」: IPv6 のゾーン ID（% の後の部分）には対応していません</translation>
    </message>
    <message>
        <source>“%1” has an opening “[” without a closing “]”</source>
        <translation>「%1」には開き「[」がありますが閉じ「]」がありません</translation>
    </message>
    <message>
        <source>“%1”: expected “:port” after the closing “]”</source>
        <translation>「%1」: 閉じ「]」の後に「:ポート」が必要です</translation>
    </message>
    <message>
        <source>“%1” has too many “:” parts; write host:port:t|s, and put IPv6 addresses in brackets like [::1]:50002:s</source>
        <translation>「%1」は「:」で区切られた部分が多すぎます。ホスト:ポート:t|s と書き、IPv6 アドレスは [::1]:50002:s のように角括弧で囲んでください</translation>
    </message>
    <message>
        <source>“%1” has an empty port</source>
        <translation>「%1」のポートが空です</translation>
    </message>
    <message>
        <source>“%1” is not a port number: use digits only</source>
        <translation>「%1」はポート番号ではありません。数字だけを使ってください</translation>
    </message>
    <message>
        <source>port %1 is out of range 1–65535</source>
        <translation>ポート %1 は範囲 1–65535 の外です</translation>
    </message>
    <message>
        <source>unknown transport “%1”: use t (TCP) or s (TLS)</source>
        <translation>不明なトランスポート「%1」: t（TCP）または s（TLS）を使ってください</translation>
    </message>
    <message>
        <source>unknown scheme “%1”: use tcp:// or ssl://</source>
        <translation>不明なスキーム「%1」: tcp:// または ssl:// を使ってください</translation>
    </message>
    <message>
        <source>“%1”: the scheme says %2 but the letter says %3</source>
        <translation>「%1」: スキームは %2 ですが、文字は %3 です</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>protocol handshake (server.version)</source>
        <translation>プロトコルのハンドシェイク（server.version）</translation>
    </message>
    <message>
        <source>waiting for the answer</source>
        <translation>応答の待機</translation>
    </message>
    <message>
        <source>checking the target</source>
        <translation>宛先の確認</translation>
    </message>
    <message>
        <source>Tor is off</source>
        <translation>Tor はオフです</translation>
    </message>
    <message>
        <source>Tor is switched off in the settings (turn on “Use Tor for .onion servers”, or start without --no-tor)</source>
        <translation>Tor は設定でオフになっています（「.onion サーバーに Tor を使用」をオンにするか、--no-tor なしで起動してください）</translation>
    </message>
    <message>
        <source>still looking for Tor</source>
        <translation>Tor を探しています</translation>
    </message>
    <message>
        <source>the Tor at control port %1 does not list %2 among its SOCKS ports (%3): something else answers there, so no names are sent to it</source>
        <translation>制御ポート %1 の Tor は %2 を SOCKS ポート（%3）に含めていません。別のものが応答しているため、名前は送りません</translation>
    </message>
    <message>
        <source>no Tor endpoint configured and auto-detection is off</source>
        <translation>Tor の接続先が設定されておらず、自動検出もオフです</translation>
    </message>
    <message>
        <source>the configured Tor SOCKS port %1 does not answer (%2); no other port (9050, 9150) is tried</source>
        <translation>設定された Tor の SOCKS ポート %1 が応答しません（%2）。他のポート（9050、9150）は試しません</translation>
    </message>
    <message>
        <source>no running Tor found (%1)</source>
        <translation>実行中の Tor が見つかりません（%1）</translation>
    </message>
    <message>
        <source>%1; launching tor is not allowed in the settings (to allow it, turn on “Launch our own tor when none is found” in the settings&apos; Tor section, or start with --launch-tor)</source>
        <translation>%1。設定で tor の起動が許可されていません（許可するには設定の Tor セクションで「見つからない場合は独自の tor を起動」をオンにするか、--launch-tor 付きで起動してください）</translation>
    </message>
    <message>
        <source>Tor is not running and no tor program was found (“%1” not found; %2); install it (Debian/Ubuntu: sudo apt install tor) or start Tor Browser</source>
        <translation>Tor が実行されておらず、tor プログラムも見つかりません（「%1」が見つかりません。%2）。インストールするか（Debian/Ubuntu: sudo apt install tor）、Tor Browser を起動してください</translation>
    </message>
    <message>
        <source>Tor is not running; BTC Worker starts its own tor when a server first needs it</source>
        <translation>Tor は実行されていません。サーバーが初めて必要としたときに BTC Worker が独自の tor を起動します</translation>
    </message>
    <message>
        <source>Tor is still starting (launching tor)</source>
        <translation>Tor を起動中です（tor を起動しています）</translation>
    </message>
    <message>
        <source>Tor is still starting (bootstrapped %1%)</source>
        <translation>Tor を起動中です（ブートストラップ %1%）</translation>
    </message>
    <message>
        <source>our own tor could not be started or stopped running</source>
        <translation>独自の tor を起動できなかったか、停止しました</translation>
    </message>
    <message>
        <source>our own tor could not be started or stopped running (tor said: %1)</source>
        <translation>独自の tor を起動できなかったか、停止しました（tor のメッセージ: %1）</translation>
    </message>
    <message>
        <source>“%1” is not a Bitcoin address (check it for typos and for the network)</source>
        <translation>「%1」は Bitcoin アドレスではありません（入力ミスとネットワークを確認してください）</translation>
    </message>
    <message>
        <source>served invalid data</source>
        <translation>不正なデータを返しました</translation>
    </message>
    <message>
        <source>merkle proof at height 0 and headers %1 to %2 verified</source>
        <translation>高さ 0 のマークル証明とヘッダー %1〜%2 を検証しました</translation>
    </message>
    <message>
        <source>the answer failed verification</source>
        <translation>回答が検証に失敗しました</translation>
    </message>
    <message>
        <source>the servers did not agree</source>
        <translation>サーバーの回答が一致しませんでした</translation>
    </message>
    <message>
        <source>Proof</source>
        <translation>証明</translation>
    </message>
    <message>
        <source>proof</source>
        <comment>verdict stage</comment>
        <translation>証明</translation>
    </message>
</context>
<context>
    <name>SettingsGuard</name>
    <message>
        <source>The settings file %1 is damaged: it is not a readable INI file.</source>
        <translation>設定ファイル %1 が破損しています。読み取り可能な INI ファイルではありません。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read.</source>
        <translation>設定ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>BTC Worker starts with default settings; the original file is kept as %1.</source>
        <translation>BTC Worker は既定の設定で起動します。元のファイルは %1 として残してあります。</translation>
    </message>
    <message>
        <source>It could not be moved aside (%1). Copy it somewhere safe before changing any setting: saving settings rewrites it.</source>
        <translation>ファイルを退避できませんでした（%1）。設定を変更する前に安全な場所へコピーしてください。設定を保存するとこのファイルは上書きされます。</translation>
    </message>
</context>
<context>
    <name>btcw::AddServerDialog</name>
    <message>
        <source>Add server</source>
        <translation>サーバーを追加</translation>
    </message>
    <message>
        <source>electrum.example.org:50002:s</source>
        <translation>electrum.example.org:50002:s</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>host:port:s for TLS, host:port:t for plain TCP; IPv6 in brackets, .onion needs Tor.</source>
        <translation>TLS は host:port:s、平文 TCP は host:port:t。IPv6 は角括弧で囲み、.onion には Tor が必要です。</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>ネットワーク(&amp;N):</translation>
    </message>
    <message>
        <source>Enter the server as host:port:s (TLS) or host:port:t (TCP).</source>
        <translation>サーバーを host:port:s（TLS）または host:port:t（TCP）の形式で入力してください。</translation>
    </message>
    <message>
        <source>Adds %1 with TLS port %2 to %3.</source>
        <translation>%1 を TLS ポート %2 で %3 に追加します。</translation>
    </message>
    <message>
        <source>Adds %1 with TCP port %2 to %3 (not encrypted).</source>
        <translation>%1 を TCP ポート %2 で %3 に追加します（暗号化なし）。</translation>
    </message>
    <message>
        <source>Connections go through Tor.</source>
        <translation>接続は Tor を経由します。</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <source>Runs the staged health check on this address without adding it</source>
        <translation>追加せずにこのアドレスで段階的なヘルスチェックを実行します</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 をテスト中…</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未確認: %1</translation>
    </message>
    <message>
        <source>Reachable: every stage passed in %1 ms.</source>
        <translation>到達可能: 全段階を %1 ms で通過しました。</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>%1 で失敗: %2</translation>
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
        <translation>%1 BTC（%2 sats）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>ブロックハッシュ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>前のブロック</translation>
    </message>
    <message>
        <source>Merkle root</source>
        <translation>マークルルート</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>ノンス</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>未承認</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>トランザクション</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手数料</translation>
    </message>
    <message>
        <source>mempool</source>
        <translation>メモリプール</translation>
    </message>
    <message>
        <source>mempool (unconfirmed parents)</source>
        <translation>メモリプール（親が未承認）</translation>
    </message>
    <message>
        <source>Fee rate</source>
        <translation>手数料率</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>推定</translation>
    </message>
    <message>
        <source>not known to the server</source>
        <translation>サーバーには不明</translation>
    </message>
    <message>
        <source>BTC per kvB</source>
        <translation>BTC/kvB</translation>
    </message>
    <message>
        <source>sat per vB</source>
        <translation>sat/vB</translation>
    </message>
</context>
<context>
    <name>btcw::BalanceTable</name>
    <message>
        <source>Bitcoin addresses, one per line (up to %1)</source>
        <translation>ビットコインアドレス（1 行に 1 つ、最大 %1 件）</translation>
    </message>
    <message>
        <source>Get bala&amp;nces</source>
        <translation>残高を取得(&amp;N)</translation>
    </message>
    <message>
        <source>Ask the console&apos;s server for every address&apos;s balance in one batch</source>
        <translation>コンソールのサーバーに、すべてのアドレスの残高を 1 回のバッチで問い合わせます</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Confirmed (BTC)</source>
        <translation>承認済み (BTC)</translation>
    </message>
    <message>
        <source>Unconfirmed (BTC)</source>
        <translation>未承認 (BTC)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>取得元</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>先にサーバーを選択してください。</translation>
    </message>
    <message>
        <source>Type or paste at least one address.</source>
        <translation>アドレスを 1 つ以上入力または貼り付けてください。</translation>
    </message>
    <message>
        <source>%1 addresses; at most %2 at a time.</source>
        <translation>%1 件のアドレス。一度に最大 %2 件までです。</translation>
    </message>
    <message numerus="yes">
        <source>Asking %1 for %n balance(s)…</source>
        <translation>
            <numerusform>%1 に %n 件の残高を問い合わせています…</numerusform>
        </translation>
    </message>
    <message>
        <source>cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>server</source>
        <translation>サーバー</translation>
    </message>
    <message numerus="yes">
        <source>%n balance(s) in %1 ms</source>
        <translation>
            <numerusform>%1 ms で %n 件の残高</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from the cache</source>
        <translation>%1 件はキャッシュから</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 件失敗</translation>
    </message>
</context>
<context>
    <name>btcw::CertificatesDialog</name>
    <message>
        <source>Certificates</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Servers with self-signed certificates are trusted on first use: their certificate is pinned, and a different one later is refused until you trust it here.</source>
        <translation>自己署名証明書を使うサーバーは初回使用時に信頼されます。その証明書がピン留めされ、後から異なる証明書が提示されると、ここで信頼するまで拒否されます。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>フィンガープリント（SHA-256）</translation>
    </message>
    <message>
        <source>Pinned since</source>
        <translation>ピン留め開始日時</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終検出日時</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更回数</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>新しい証明書</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate…</source>
        <translation>新しい証明書を信頼(&amp;T)…</translation>
    </message>
    <message>
        <source>Pin the certificate the server presented instead of the pinned one</source>
        <translation>ピン留め済みの証明書の代わりに、サーバーが提示した証明書をピン留めします</translation>
    </message>
    <message>
        <source>&amp;Forget pin…</source>
        <translation>ピン留めを解除(&amp;F)…</translation>
    </message>
    <message>
        <source>Remove the pin; the next connection trusts and pins whatever the server presents</source>
        <translation>ピン留めを解除します。次回の接続では、サーバーが提示する証明書を信頼してピン留めします</translation>
    </message>
    <message>
        <source>&amp;Copy fingerprint</source>
        <translation>フィンガープリントをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>The pins could not be saved (they stay in effect until btc-worker quits): %1</source>
        <translation>ピンを保存できませんでした（btc-worker を終了するまでは有効です）: %1</translation>
    </message>
    <message>
        <source>Trust the new certificate of %1?

Pinned certificate, since %2 (SHA-256):
%3

New certificate, presented %4 (SHA-256):
%5

Trusting replaces the pin: btc-worker will then accept only the new certificate from this server and refuse the old one. Do this only if you expected the change, for example because the server&apos;s operator announced a new certificate. An unexpected change can mean that someone is intercepting the connection.</source>
        <translation>%1 の新しい証明書を信頼しますか？

ピン留め済みの証明書（%2 から、SHA-256）:
%3

新しい証明書（%4 に提示、SHA-256）:
%5

信頼するとピンが置き換えられ、btc-worker はこのサーバーから新しい証明書だけを受け入れ、古い証明書を拒否するようになります。サーバーの運営者が新しい証明書を告知していた場合など、変更を予期していたときにだけ実行してください。予期しない変更は、誰かが接続を傍受している可能性を意味します。</translation>
    </message>
    <message>
        <source>%1, refused</source>
        <translation>%1、拒否</translation>
    </message>
    <message>
        <source>The server presented a different certificate (SHA-256 %1) on %2; connections are refused until you trust it or it goes back.</source>
        <translation>サーバーは %2 に異なる証明書（SHA-256 %1）を提示しました。信頼するか、サーバーが元の証明書に戻すまで接続は拒否されます。</translation>
    </message>
    <message>
        <source>No certificate is pinned yet: pins are made on the first TLS connection.</source>
        <translation>ピン留めされた証明書はまだありません。ピンは最初の TLS 接続時に作成されます。</translation>
    </message>
    <message>
        <source>Pinned (SHA-256):</source>
        <translation>ピン留め済み（SHA-256）:</translation>
    </message>
    <message>
        <source>Pinned since:</source>
        <translation>ピン留め開始日時:</translation>
    </message>
    <message>
        <source>Last seen:</source>
        <translation>最終検出日時:</translation>
    </message>
    <message>
        <source>New, refused (SHA-256):</source>
        <translation>新規・拒否（SHA-256）:</translation>
    </message>
    <message>
        <source>Presented:</source>
        <translation>提示日時:</translation>
    </message>
    <message>
        <source>The server presented a different certificate. Connections to it are refused until you trust the new one.</source>
        <translation>サーバーが異なる証明書を提示しました。新しい証明書を信頼するまで、このサーバーへの接続は拒否されます。</translation>
    </message>
    <message numerus="yes">
        <source>Replaced certificates (%n change(s)):</source>
        <translation>
            <numerusform>置き換えられた証明書（変更 %n 回）:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2:</source>
        <translation>%1 – %2:</translation>
    </message>
    <message>
        <source>Trust new certificate</source>
        <translation>新しい証明書を信頼</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate</source>
        <translation>新しい証明書を信頼(&amp;T)</translation>
    </message>
    <message>
        <source>Could not trust the new certificate of %1: %2</source>
        <translation>%1 の新しい証明書を信頼できませんでした: %2</translation>
    </message>
    <message>
        <source>Forget pin</source>
        <translation>ピン留めを解除</translation>
    </message>
    <message>
        <source>Forget the pinned certificate of %1 (SHA-256 %2)?

The next connection will trust whatever certificate the server presents and pin it again, without asking.</source>
        <translation>%1 のピン留めされた証明書（SHA-256 %2）を解除しますか？

次回の接続では、サーバーが提示する証明書がどれであっても確認なしで信頼し、再びピン留めします。</translation>
    </message>
    <message>
        <source>&amp;Forget pin</source>
        <translation>ピン留めを解除(&amp;F)</translation>
    </message>
    <message>
        <source>Could not forget the pin of %1: %2</source>
        <translation>%1 のピン留めを解除できませんでした: %2</translation>
    </message>
    <message>
        <source>Pin before first use</source>
        <translation>初回接続前にピン留め</translation>
    </message>
    <message>
        <source>host:port</source>
        <translation>ホスト:ポート</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint, e.g. AB:CD:… or abcd…</source>
        <translation>SHA-256 フィンガープリント(例: AB:CD:… または abcd…)</translation>
    </message>
    <message>
        <source>From PEM fi&amp;le…</source>
        <translation>PEM ファイルから(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>ピン留め(&amp;P)</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>サーバー証明書</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The file holds no PEM certificate.</source>
        <translation>このファイルには PEM 証明書がありません。</translation>
    </message>
    <message>
        <source>%1, valid from %2 until %3</source>
        <translation>%1、有効期間 %2 ～ %3</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Certificate of %1</source>
        <translation>%1 の証明書</translation>
    </message>
    <message>
        <source>Enter the server as host:port, the TLS port it serves, e.g. electrum.example.org:50002.</source>
        <translation>サーバーを host:port(TLS ポート)の形で入力してください。例: electrum.example.org:50002</translation>
    </message>
    <message>
        <source>%1 is already pinned to this certificate.</source>
        <translation>%1 はすでにこの証明書にピン留めされています。</translation>
    </message>
    <message>
        <source>%1 is already pinned to another certificate: forget that pin first.</source>
        <translation>%1 はすでに別の証明書にピン留めされています。先にそのピン留めを解除してください。</translation>
    </message>
    <message>
        <source>Pinned: %1 must present this certificate from its first connection on.</source>
        <translation>ピン留めしました: %1 は最初の接続からこの証明書を提示する必要があります。</translation>
    </message>
</context>
<context>
    <name>btcw::ChainTipsDialog</name>
    <message>
        <source>Chain tips: %1</source>
        <translation>チェーンチップ: %1</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>チップ</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>ブロックハッシュ</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>no tip (check failed)</source>
        <translation>チップなし(チェック失敗)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>fork: most servers at this height follow another block</source>
        <translation>フォーク: この高さの大半のサーバーは別のブロックに従っています</translation>
    </message>
    <message>
        <source>behind by %1</source>
        <translation>%1 ブロック遅れ</translation>
    </message>
    <message>
        <source>contested: no majority at this height</source>
        <translation>競合: この高さで多数派がありません</translation>
    </message>
    <message>
        <source>best tip</source>
        <translation>最良のチップ</translation>
    </message>
    <message>
        <source>No %1 server has been checked yet: run Check all (F5) first.</source>
        <translation>%1 のサーバーはまだチェックされていません。先に「すべて確認」(F5)を実行してください。</translation>
    </message>
    <message>
        <source>Servers checked: %1; best tip: %2; on a fork: %3; behind: %4.</source>
        <translation>チェック済みサーバー: %1、最良のチップ: %2、フォーク上: %3、遅れ: %4。</translation>
    </message>
</context>
<context>
    <name>btcw::ElectrumMethods</name>
    <message>
        <source>The block header at a height, as hex.</source>
        <translation>指定した高さのブロックヘッダー（16 進数）。</translation>
    </message>
    <message>
        <source>A run of consecutive block headers (one hex string, or a list in 1.6).</source>
        <translation>連続するブロックヘッダー（1 つの 16 進文字列、1.6 ではリスト）。</translation>
    </message>
    <message>
        <source>Fee rate in BTC/kB to confirm within that many blocks; -1 if unknown.</source>
        <translation>その数のブロック以内に承認されるための手数料率（BTC/kB）。不明な場合は -1。</translation>
    </message>
    <message>
        <source>The current tip: {height, hex}.</source>
        <translation>現在のチップ: {height, hex}。</translation>
    </message>
    <message>
        <source>The minimum relay fee in BTC/kB (removed in protocol 1.6).</source>
        <translation>最小リレー手数料（BTC/kB、プロトコル 1.6 で廃止）。</translation>
    </message>
    <message>
        <source>Confirmed and unconfirmed balance of a script hash, in satoshis.</source>
        <translation>スクリプトハッシュの承認済み・未承認残高（satoshi 単位）。</translation>
    </message>
    <message>
        <source>Confirmed and mempool transactions of a script hash.</source>
        <translation>スクリプトハッシュの承認済みおよびメンプール内のトランザクション。</translation>
    </message>
    <message>
        <source>Mempool transactions of a script hash.</source>
        <translation>スクリプトハッシュのメンプール内のトランザクション。</translation>
    </message>
    <message>
        <source>Unspent outputs of a script hash.</source>
        <translation>スクリプトハッシュの未使用出力。</translation>
    </message>
    <message>
        <source>The status hash of a script hash (null if no history).</source>
        <translation>スクリプトハッシュのステータスハッシュ（履歴がなければ null）。</translation>
    </message>
    <message>
        <source>Stops notifications for a script hash.</source>
        <translation>スクリプトハッシュの通知を停止します。</translation>
    </message>
    <message>
        <source>Broadcasts a raw transaction (changes the network; the API may forbid it).</source>
        <translation>生のトランザクションをブロードキャストします（ネットワークを変更します。API で禁止されている場合があります）。</translation>
    </message>
    <message>
        <source>Broadcasts a package of transactions.</source>
        <translation>トランザクションのパッケージをブロードキャストします。</translation>
    </message>
    <message>
        <source>A transaction as raw hex (or decoded, if verbose).</source>
        <translation>トランザクションの生の 16 進数（verbose の場合はデコード済み）。</translation>
    </message>
    <message>
        <source>The merkle branch proving a transaction in its block.</source>
        <translation>トランザクションがブロックに含まれることを証明するマークルブランチ。</translation>
    </message>
    <message>
        <source>The transaction id at a position in a block.</source>
        <translation>ブロック内の指定位置にあるトランザクション ID。</translation>
    </message>
    <message>
        <source>The mempool&apos;s fee histogram: [[fee_rate, vsize], …].</source>
        <translation>メンプールの手数料ヒストグラム: [[fee_rate, vsize], …]。</translation>
    </message>
    <message>
        <source>Mempool minimum fee, relay fee and incremental fee.</source>
        <translation>メンプールの最小手数料、リレー手数料、増分手数料。</translation>
    </message>
    <message>
        <source>Asks the server to add a peer (its features).</source>
        <translation>サーバーにピア（その機能情報）の追加を依頼します。</translation>
    </message>
    <message>
        <source>The server&apos;s banner text.</source>
        <translation>サーバーのバナーテキスト。</translation>
    </message>
    <message>
        <source>The operator&apos;s donation address.</source>
        <translation>運営者の寄付用アドレス。</translation>
    </message>
    <message>
        <source>Genesis hash, hosts, protocol range, software and pruning of the server.</source>
        <translation>サーバーのジェネシスハッシュ、ホスト、プロトコル範囲、ソフトウェア、プルーニング。</translation>
    </message>
    <message>
        <source>The peers the server knows: [[ip, host, [features]], …].</source>
        <translation>サーバーが知っているピア: [[ip, host, [features]], …]。</translation>
    </message>
    <message>
        <source>Keeps the connection alive; answers null.</source>
        <translation>接続を維持します。null を返します。</translation>
    </message>
    <message>
        <source>Software and negotiated protocol (the session already negotiated it).</source>
        <translation>ソフトウェアとネゴシエートされたプロトコル（セッションでネゴシエート済み）。</translation>
    </message>
</context>
<context>
    <name>btcw::HealthHistoryChart</name>
    <message>
        <source>Health history of the last 7 days</source>
        <translation>過去 7 日間のヘルスチェック履歴</translation>
    </message>
    <message>
        <source>No checks yet</source>
        <translation>まだ確認していません</translation>
    </message>
    <message>
        <source>No checks in the last 7 days</source>
        <translation>過去 7 日間の確認はありません</translation>
    </message>
    <message>
        <source>7 days: %1 up, no latency measured</source>
        <translation>7 日間: 稼働率 %1、レイテンシ未計測</translation>
    </message>
    <message>
        <source>7 days: %1 up, median %2 ms</source>
        <translation>7 日間: 稼働率 %1、中央値 %2 ms</translation>
    </message>
    <message>
        <source>7 days ago</source>
        <translation>7 日前</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Block arrival lags of the last 7 days</source>
        <translation>過去 7 日間のブロック到着遅延</translation>
    </message>
    <message>
        <source>No block timed yet</source>
        <translation>まだ計測したブロックはありません</translation>
    </message>
    <message>
        <source>No block timed in the last 7 days</source>
        <translation>過去 7 日間に計測したブロックはありません</translation>
    </message>
    <message numerus="yes">
        <source>7 days: %n block(s), median %1 ms, p90 %2 ms after the first server</source>
        <translation>
            <numerusform>7 日間: %n ブロック、中央値 %1 ms、p90 %2 ms (最初のサーバーより後)</numerusform>
        </translation>
    </message>
    <message>
        <source>Block arrival lag</source>
        <translation>ブロック到着遅延</translation>
    </message>
    <message>
        <source>Check latency</source>
        <translation>チェックの遅延</translation>
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
        <translation>未開始</translation>
    </message>
    <message>
        <source>&amp;Check all</source>
        <translation>すべて確認(&amp;C)</translation>
    </message>
    <message>
        <source>Check every server the table shows (F5)</source>
        <translation>表に表示されているすべてのサーバーを確認 (F5)</translation>
    </message>
    <message>
        <source>C&amp;ancel check</source>
        <translation>確認を中止(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Add server…</source>
        <translation>サーバーを追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import servers.json…</source>
        <translation>servers.json をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export servers.json…</source>
        <translation>servers.json をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Query console</source>
        <translation>クエリコンソール(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Seed order</source>
        <translation>リストの順序(&amp;S)</translation>
    </message>
    <message>
        <source>Hostnames, then onion, then IP addresses, as the server list has them</source>
        <translation>ホスト名、onion、IP アドレスの順（サーバーリストの並び）</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Servers</source>
        <translation>サーバー(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>フィルター(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About BTC Worker</source>
        <translation>BTC Worker について(&amp;A)</translation>
    </message>
    <message>
        <source>About BTC Worker</source>
        <translation>BTC Worker について</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Query console</source>
        <translation>クエリコンソール</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>No server to check.</source>
        <translation>確認するサーバーがありません。</translation>
    </message>
    <message>
        <source>&amp;Check now</source>
        <translation>今すぐ確認(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Query…</source>
        <translation>クエリ(&amp;Q)…</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>アドレスをコピー(&amp;A)</translation>
    </message>
    <message>
        <source>Copy c&amp;url for the API</source>
        <translation>API 用の curl をコピー(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove servers</source>
        <translation>サーバーを削除</translation>
    </message>
    <message>
        <source>Add server</source>
        <translation>サーバーを追加</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 を追加しました。</translation>
    </message>
    <message>
        <source>Import servers.json into %1</source>
        <translation>servers.json を %1 にインポート</translation>
    </message>
    <message>
        <source>Electrum server lists (*.json)</source>
        <translation>Electrum サーバーリスト (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import servers</source>
        <translation>サーバーをインポート</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n server(s) into %1.</source>
        <translation>
            <numerusform>%n 件のサーバーを %1 にインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some entries were skipped:</source>
        <translation>一部のエントリはスキップされました:</translation>
    </message>
    <message>
        <source>Export %1 servers as servers.json</source>
        <translation>%1 のサーバーを servers.json としてエクスポート</translation>
    </message>
    <message>
        <source>Export servers</source>
        <translation>サーバーをエクスポート</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Exported the %1 servers to %2.</source>
        <translation>%1 のサーバーを %2 にエクスポートしました。</translation>
    </message>
    <message>
        <source>C&amp;lear response cache</source>
        <translation>応答キャッシュを消去(&amp;L)</translation>
    </message>
    <message>
        <source>The response cache was cleared.</source>
        <translation>応答キャッシュを消去しました。</translation>
    </message>
    <message>
        <source>Stop the running check or peer discovery (Esc)</source>
        <translation>実行中の確認またはピア探索を停止 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Discover peers</source>
        <translation>ピアを探索(&amp;D)</translation>
    </message>
    <message>
        <source>Ask the healthy servers for the servers they know; new ones are checked before they are added</source>
        <translation>正常なサーバーに既知のサーバーを問い合わせます。新しいサーバーは追加前に確認されます</translation>
    </message>
    <message>
        <source>Ce&amp;rtificates…</source>
        <translation>証明書(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate…</source>
        <translation>新しい証明書を信頼(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>No server matches the filters.</source>
        <translation>フィルターに一致するサーバーはありません。</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>(or Esc in the filter box)</source>
        <translation>（またはフィルター欄で Esc）</translation>
    </message>
    <message>
        <source>Remove %1 from the %2 list?</source>
        <translation>%1 を %2 のリストから削除しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n server(s) from the list?</source>
        <translation>
            <numerusform>%n 台のサーバーをリストから削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Import servers.json</source>
        <translation>servers.json をインポート</translation>
    </message>
    <message>
        <source>Which network are the servers in this file for?</source>
        <translation>このファイルのサーバーはどのネットワーク用ですか？</translation>
    </message>
    <message>
        <source>Export all servers as servers.json</source>
        <translation>すべてのサーバーを servers.json としてエクスポート</translation>
    </message>
    <message>
        <source>Exported the servers of every network to %1.</source>
        <translation>すべてのネットワークのサーバーを %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Copied, but the API refuses %1 (on this machine or your network) unless btc-worker runs with --allow-private-targets.</source>
        <translation>コピーしましたが、btc-worker を --allow-private-targets 付きで起動しない限り、API は %1（このマシンまたはローカルネットワーク上）を拒否します。</translation>
    </message>
    <message>
        <source>unknown network %1</source>
        <translation>不明なネットワーク %1</translation>
    </message>
    <message>
        <source>the local API is not running</source>
        <translation>ローカル API は動作していません</translation>
    </message>
    <message>
        <source>none: nothing is kept on disk</source>
        <translation>なし: ディスクには何も保存されません</translation>
    </message>
    <message>
        <source>BTC Worker %1</source>
        <translation>BTC Worker %1</translation>
    </message>
    <message>
        <source>Browse, check and query Electrum servers; a local REST API serves the same queries.</source>
        <translation>Electrum サーバーを閲覧・確認・照会します。ローカル REST API が同じ照会を提供します。</translation>
    </message>
    <message>
        <source>Released under the MIT licence.</source>
        <translation>MIT ライセンスで公開されています。</translation>
    </message>
    <message>
        <source>API documentation: %1</source>
        <translation>API ドキュメント: %1</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>データフォルダー: %1</translation>
    </message>
    <message>
        <source>Chain &amp;tips…</source>
        <translation>チェーンチップ(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Undo remove</source>
        <translation>削除を元に戻す(&amp;U)</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n server(s). %1 puts them back.</source>
        <translation>
            <numerusform>%n 台のサーバーを削除しました。%1 で元に戻せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo remove</source>
        <translation>削除を元に戻す</translation>
    </message>
    <message numerus="yes">
        <source>Put back %n server(s).</source>
        <translation>
            <numerusform>%n 台のサーバーを元に戻しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added %1, a twin of the selected server.</source>
        <translation>選択したサーバーのツイン %1 を追加しました。</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>監視(&amp;W)</translation>
    </message>
    <message>
        <source>Watched servers are followed closely: you are told when one goes down, comes back, falls behind or presents another certificate</source>
        <translation>監視中のサーバーは詳しく追跡されます。停止、復帰、遅延、別の証明書の提示を通知します</translation>
    </message>
</context>
<context>
    <name>btcw::MonitorTray</name>
    <message>
        <source>%1 is down</source>
        <translation>%1 が停止しています</translation>
    </message>
    <message>
        <source>%1 is back up</source>
        <translation>%1 が復帰しました</translation>
    </message>
    <message numerus="yes">
        <source>%1 is %n block(s) behind</source>
        <translation>
            <numerusform>%1 は %n ブロック遅れています</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 caught up</source>
        <translation>%1 が追いつきました</translation>
    </message>
    <message>
        <source>%1 presented another certificate</source>
        <translation>%1 が別の証明書を提示しました</translation>
    </message>
    <message>
        <source>Its check on %1 failed at the %2 stage.</source>
        <translation>%1 でのチェックが %2 段階で失敗しました。</translation>
    </message>
    <message>
        <source>Its tip on %1 is at height %2.</source>
        <translation>%1 での先端はブロック高 %2 です。</translation>
    </message>
    <message>
        <source>It passes its checks on %1 again.</source>
        <translation>%1 でのチェックに再び合格しています。</translation>
    </message>
    <message>
        <source>Other servers of %1 are ahead of its tip at height %2.</source>
        <translation>%1 の他のサーバーは、この先端（ブロック高 %2）より先に進んでいます。</translation>
    </message>
    <message>
        <source>A CA-signed certificate replaced the pinned one.</source>
        <translation>CA 署名の証明書がピン留めされた証明書を置き換えました。</translation>
    </message>
    <message>
        <source>It was refused; Servers → Certificates… shows both fingerprints.</source>
        <translation>拒否されました。サーバー → 証明書… で両方のフィンガープリントを確認できます。</translation>
    </message>
    <message>
        <source>%1: no server is watched</source>
        <translation>%1: 監視中のサーバーはありません</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n watched server address(es) up</source>
        <translation>
            <numerusform>%1: 監視中のサーバーアドレス %n 件が稼働中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n watched server address(es) down</source>
        <translation>
            <numerusform>%1: 監視中のサーバーアドレス %n 件が停止中</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 up</source>
        <translation>%1 件稼働中</translation>
    </message>
    <message>
        <source>%1 may be on a fork</source>
        <translation>%1 はフォーク上にある可能性があります</translation>
    </message>
    <message>
        <source>%1 is on the common chain again</source>
        <translation>%1 は共通のチェーンに戻りました</translation>
    </message>
    <message>
        <source>Its tip on %1 (height %2, block %3) is on no other followed server; another block is at that height.</source>
        <translation>%1 での先端(高さ %2、ブロック %3)は他の追跡中のサーバーにありません。その高さには別のブロックがあります。</translation>
    </message>
    <message>
        <source>It is no longer followed on %1.</source>
        <translation>%1 ではもう追跡していません。</translation>
    </message>
</context>
<context>
    <name>btcw::QueryConsole</name>
    <message>
        <source>host:port:s (TLS) or host:port:t (TCP)</source>
        <translation>host:port:s（TLS）または host:port:t（TCP）</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>curl としてコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the equivalent call to the local API</source>
        <translation>ローカル API への同等の呼び出しをコピー</translation>
    </message>
    <message>
        <source>The result appears here.</source>
        <translation>結果はここに表示されます。</translation>
    </message>
    <message>
        <source>Earlier queries; activate one to load it again</source>
        <translation>以前のクエリ。選択すると再読み込みします</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>サーバー(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>メソッド(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Params:</source>
        <translation>パラメーター(&amp;P):</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>The parameters are not valid JSON: %1 at character %2.</source>
        <translation>パラメーターが有効な JSON ではありません: %2 文字目で %1。</translation>
    </message>
    <message>
        <source>The parameters must be a JSON array, like [] or [&quot;abc&quot;, 1].</source>
        <translation>パラメーターは [] や [&quot;abc&quot;, 1] のような JSON 配列にしてください。</translation>
    </message>
    <message>
        <source>Choose a server first.</source>
        <translation>先にサーバーを選択してください。</translation>
    </message>
    <message>
        <source>Parameters: %1 — %2</source>
        <translation>パラメーター: %1 — %2</translation>
    </message>
    <message>
        <source>(protocol %1 and later)</source>
        <translation>（プロトコル %1 以降）</translation>
    </message>
    <message>
        <source>Asking %1…</source>
        <translation>%1 に問い合わせ中…</translation>
    </message>
    <message>
        <source>new connection</source>
        <translation>新規接続</translation>
    </message>
    <message>
        <source>pooled connection</source>
        <translation>プール済みの接続</translation>
    </message>
    <message>
        <source>Answered in %1 ms (%2, protocol %3)</source>
        <translation>%1 ms で応答（%2、プロトコル %3）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Server error code %1</source>
        <translation>サーバーエラーコード %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Copied the curl command for the local API.</source>
        <translation>ローカル API 用の curl コマンドをコピーしました。</translation>
    </message>
    <message>
        <source>Answered from the cache (%1 s old, protocol %2)</source>
        <translation>キャッシュから応答しました（%1 秒前、プロトコル %2）</translation>
    </message>
    <message>
        <source>cached</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>JSON array, e.g. [] or [&quot;&lt;scripthash or address&gt;&quot;]</source>
        <translation>JSON 配列（例: [] または [&quot;&lt;スクリプトハッシュまたはアドレス&gt;&quot;]）</translation>
    </message>
    <message>
        <source>Sen&amp;d</source>
        <translation>送信(&amp;D)</translation>
    </message>
    <message>
        <source>Send the query (Ctrl+Enter)</source>
        <translation>クエリを送信（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Type or pick a method first.</source>
        <translation>先にメソッドを入力するか選んでください。</translation>
    </message>
    <message>
        <source>“%1” is not an Electrum method name (like server.features).</source>
        <translation>「%1」は Electrum のメソッド名ではありません（例: server.features）。</translation>
    </message>
    <message>
        <source>A method the console does not know: it is sent as typed.</source>
        <translation>コンソールが知らないメソッドです。入力どおりに送信します。</translation>
    </message>
    <message>
        <source>A Bitcoin address works in place of the script hash.</source>
        <translation>スクリプトハッシュの代わりに Bitcoin アドレスも使えます。</translation>
    </message>
    <message>
        <source>Script hash of the address: %1</source>
        <translation>アドレスのスクリプトハッシュ: %1</translation>
    </message>
    <message>
        <source>Copied, but the API refuses %1 (on this machine or your network) unless btc-worker runs with --allow-private-targets.</source>
        <translation>コピーしましたが、btc-worker を --allow-private-targets 付きで起動しない限り、API は %1（このマシンまたはローカルネットワーク上）を拒否します。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Balances</source>
        <translation>残高</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>段階: %1</translation>
    </message>
    <message>
        <source>The server says: %1</source>
        <translation>サーバーの応答: %1</translation>
    </message>
    <message>
        <source>Ver&amp;ify</source>
        <translation>検証(&amp;V)</translation>
    </message>
    <message>
        <source>Check the answer against a header chain verified from checkpoints (headers, and transactions by their merkle proof)</source>
        <translation>チェックポイントから検証したヘッダーチェーンで回答を確認します（ヘッダー、およびマークル証明によるトランザクション）</translation>
    </message>
    <message>
        <source>Verified against the header chain.</source>
        <translation>ヘッダーチェーンで検証済みです。</translation>
    </message>
    <message>
        <source>Not verified: this answer has no proof the header chain can check.</source>
        <translation>未検証: この回答にはヘッダーチェーンで確認できる証明がありません。</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>詳細: %1</translation>
    </message>
</context>
<context>
    <name>btcw::ScanCoordinator</name>
    <message>
        <source>Peer discovery cancelled: </source>
        <translation>ピア探索を中止しました: </translation>
    </message>
    <message>
        <source>Peer discovery: </source>
        <translation>ピア探索: </translation>
    </message>
    <message>
        <source>no new servers were announced</source>
        <translation>新しいサーバーは通知されませんでした</translation>
    </message>
    <message>
        <source>%1 new servers checked, %2 added, %3 failed</source>
        <translation>新しいサーバー %1 件を確認、%2 件を追加、%3 件が失敗</translation>
    </message>
    <message>
        <source>; %1 announced many unverifiable peers</source>
        <translation>。検証できないピアを多数通知したサーバー: %1</translation>
    </message>
    <message>
        <source>Not checked: servers of networks without a known genesis (%1).</source>
        <translation>未確認: ジェネシスブロックが不明なネットワークのサーバー（%1）。</translation>
    </message>
    <message>
        <source>The check starts when the running one has finished.</source>
        <translation>実行中の確認が終わると開始します。</translation>
    </message>
    <message>
        <source>The check could not start.</source>
        <translation>確認を開始できませんでした。</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>%2 件中 %1 件を確認</translation>
    </message>
    <message>
        <source>(%1, network %2 of %3)</source>
        <translation>（%1、ネットワーク %2/%3）</translation>
    </message>
    <message>
        <source>Check cancelled after %1 of %2 servers.</source>
        <translation>%2 件中 %1 件のサーバーを確認したところで中止しました。</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n server(s) of %1: %2 up.</source>
        <translation>
            <numerusform>%1 のサーバー %n 件を確認しました: 稼働中 %2 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Peer discovery starts when the running check has finished.</source>
        <translation>実行中の確認が終わるとピア探索を開始します。</translation>
    </message>
    <message>
        <source>No healthy %1 server to ask for peers: check the servers first.</source>
        <translation>ピアを問い合わせられる正常な %1 サーバーがありません。先にサーバーを確認してください。</translation>
    </message>
    <message>
        <source>Discovering peers</source>
        <translation>ピアを探索中</translation>
    </message>
    <message numerus="yes">
        <source>Peer discovery: asking %n server(s) for their peers…</source>
        <translation>
            <numerusform>ピア探索: %n 件のサーバーにピアを問い合わせ中…</numerusform>
        </translation>
    </message>
    <message>
        <source>New block %1 on %2.</source>
        <translation>%2 で新しいブロック %1。</translation>
    </message>
    <message>
        <source>New block %1 on %2 (agreed height %3).</source>
        <translation>%2 で新しいブロック %1 (合意された高さ %3)。</translation>
    </message>
</context>
<context>
    <name>btcw::ServerDetailsPane</name>
    <message>
        <source>Select a server to see its details.</source>
        <translation>サーバーを選択すると詳細が表示されます。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
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
        <translation>ポート</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最後のエラー</translation>
    </message>
    <message>
        <source>Tip height</source>
        <translation>チップの高さ</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Negotiated protocol</source>
        <translation>ネゴシエートされたプロトコル</translation>
    </message>
    <message>
        <source>Listed protocol</source>
        <translation>リスト記載のプロトコル</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>ソフトウェア</translation>
    </message>
    <message>
        <source>Certificate SHA-256</source>
        <translation>証明書の SHA-256</translation>
    </message>
    <message>
        <source>Pinned since</source>
        <translation>ピン留め開始日時</translation>
    </message>
    <message>
        <source>Re-trusted</source>
        <translation>再信頼</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s)</source>
        <translation>
            <numerusform>%n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>not seen yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>機能情報</translation>
    </message>
    <message>
        <source>Banner</source>
        <translation>バナー</translation>
    </message>
    <message>
        <source>Fetching features and banner…</source>
        <translation>機能情報とバナーを取得中…</translation>
    </message>
    <message>
        <source>The server has neither a TCP nor a TLS port.</source>
        <translation>サーバーには TCP ポートも TLS ポートもありません。</translation>
    </message>
    <message>
        <source>Could not fetch the details: %1</source>
        <translation>詳細を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>No banner: %1</source>
        <translation>バナーなし: %1</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>ヘルスチェック</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <source>Healthy: every stage passed in %1 ms.</source>
        <translation>正常: %1 ms ですべての段階を通過しました。</translation>
    </message>
    <message>
        <source>Failed at %1: %2</source>
        <translation>%1 で失敗: %2</translation>
    </message>
    <message>
        <source>Checked %1</source>
        <translation>確認日時: %1</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>未計測</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2（%3）: %4</translation>
    </message>
    <message>
        <source>Certificate: %1</source>
        <translation>証明書: %1</translation>
    </message>
    <message>
        <source>Tip: height %1, %2</source>
        <translation>チップ: 高さ %1、%2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注記: %1</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>%1, checks: %2</source>
        <translation>%1、確認回数: %2</translation>
    </message>
    <message>
        <source>no checks</source>
        <translation>確認なし</translation>
    </message>
    <message>
        <source>Uptime 24 h: %1</source>
        <translation>稼働率（24 時間）: %1</translation>
    </message>
    <message>
        <source>Uptime 7 d: %1</source>
        <translation>稼働率（7 日間）: %1</translation>
    </message>
    <message>
        <source>Latency 7 d: median %1 ms, p90 %2 ms</source>
        <translation>レイテンシ（7 日間）: 中央値 %1 ms、p90 %2 ms</translation>
    </message>
    <message>
        <source>Latency 7 d: not measured</source>
        <translation>レイテンシ（7 日間）: 未計測</translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation>由来</translation>
    </message>
    <message>
        <source>Discovered from %1 on %2</source>
        <translation>%2 に %1 経由で発見</translation>
    </message>
    <message>
        <source>Discovered from %1</source>
        <translation>%1 経由で発見</translation>
    </message>
    <message>
        <source>Announced by %1 on %2</source>
        <translation>%2 に %1 が通知</translation>
    </message>
    <message>
        <source>Announced by %1</source>
        <translation>%1 が通知</translation>
    </message>
    <message>
        <source>Fetch features and &amp;banner</source>
        <translation>機能とバナーを取得(&amp;B)</translation>
    </message>
    <message>
        <source>Last check: healthy, %1 ms</source>
        <translation>最終チェック: 正常、%1 ms</translation>
    </message>
    <message>
        <source>Last check: healthy</source>
        <translation>最終チェック: 正常</translation>
    </message>
    <message>
        <source>Last check: failed at %1: %2</source>
        <translation>最終チェック: %1 で失敗: %2</translation>
    </message>
    <message>
        <source>The stages of checks before this start are not kept; check again to see them.</source>
        <translation>この起動より前のチェックの各段階は保存されていません。もう一度チェックすると表示されます。</translation>
    </message>
    <message>
        <source>Resolve &amp;addresses and twins</source>
        <translation>アドレスとツインを解決(&amp;A)</translation>
    </message>
    <message>
        <source>Could not resolve the addresses: %1</source>
        <translation>アドレスを解決できませんでした: %1</translation>
    </message>
    <message>
        <source>announced, not checked yet</source>
        <translation>告知済み、未確認</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>conflicting: another server</source>
        <translation>矛盾: 別のサーバー</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>%1 (TTL %2 s)</source>
        <translation>%1 (TTL %2 秒)</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>解決結果:</translation>
    </message>
    <message>
        <source>No twins known yet: resolve the addresses to see the hosts it announces.</source>
        <translation>ツインはまだ不明です: アドレスを解決すると、サーバーが告知するホストが表示されます。</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>add to my servers</source>
        <translation>マイサーバーに追加</translation>
    </message>
    <message>
        <source>Resolving addresses and checking twins…</source>
        <translation>アドレスを解決し、ツインを確認しています…</translation>
    </message>
    <message numerus="yes">
        <source>Last block seen %n s ago (height %1)</source>
        <translation>
            <numerusform>最後のブロックは %n 秒前 (高さ %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>btcw::ServerFilterBar</name>
    <message>
        <source>Filter by host (Ctrl+F)</source>
        <translation>ホストで絞り込み (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Onion only</source>
        <translation>Onion のみ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;TLS only</source>
        <translation>TLS のみ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Up only</source>
        <translation>稼働中のみ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Lagging or forked</source>
        <translation>遅れ・フォークあり(&amp;L)</translation>
    </message>
    <message>
        <source>Only servers behind the best tip of their network or on another chain</source>
        <translation>ネットワークの最良チップより遅れているか、別のチェーン上にあるサーバーのみ</translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>すべてのネットワーク</translation>
    </message>
    <message>
        <source>&amp;Group by server</source>
        <translation>サーバーごとにまとめる(&amp;G)</translation>
    </message>
    <message>
        <source>One row per server: addresses confirmed to be the same server (its hostname, IP and .onion twins) are shown once</source>
        <translation>サーバーごとに 1 行: 同じサーバーと確認されたアドレス (ホスト名、IP、.onion ツイン) は 1 回だけ表示されます</translation>
    </message>
    <message>
        <source>&amp;Watched only</source>
        <translation>監視中のみ(&amp;W)</translation>
    </message>
    <message>
        <source>Only the servers you watch (ticked in the Watched column)</source>
        <translation>監視中のサーバーのみ（「監視」列でチェックしたもの）</translation>
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
        <translation>不明</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>up</source>
        <translation>稼働中</translation>
    </message>
    <message>
        <source>down</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>hostname</source>
        <translation>ホスト名</translation>
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
        <translation>TLS なし</translation>
    </message>
    <message>
        <source>not pinned</source>
        <translation>未ピン留め</translation>
    </message>
    <message>
        <source>pinned (re-trusted)</source>
        <translation>ピン留め済み（再信頼）</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>ピン留め済み</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
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
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>遅れ</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>レイテンシ</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>reports another block hash at height %1 than most servers</source>
        <translation>高さ %1 で大半のサーバーと異なるブロックハッシュを報告しています</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>フォーク</translation>
    </message>
    <message>
        <source>bundled</source>
        <translation>同梱</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>ピア</translation>
    </message>
    <message>
        <source>another server</source>
        <translation>別のサーバー</translation>
    </message>
    <message>
        <source>discovered from %1 on %2</source>
        <translation>%2 に %1 経由で発見</translation>
    </message>
    <message>
        <source>discovered from %1</source>
        <translation>%1 経由で発見</translation>
    </message>
    <message>
        <source>announced many peers that could not be verified</source>
        <translation>検証できないピアを多数通知しました</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>peer of %1</source>
        <translation>%1 のピア</translation>
    </message>
    <message>
        <source>Uptime 24 h</source>
        <translation>稼働率（24 時間）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>changed!</source>
        <translation>変更あり！</translation>
    </message>
    <message>
        <source>The server presented another certificate than the pinned one. Servers → Certificates… shows both; trust the new one there or forget the pin.</source>
        <translation>サーバーがピン留めと異なる証明書を提示しました。サーバー → 証明書… で両方を確認し、新しい証明書を信頼するかピンを削除してください。</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>接続できない</translation>
    </message>
    <message>
        <source>certificate changed</source>
        <translation>証明書が変更</translation>
    </message>
    <message>
        <source>TLS failed</source>
        <translation>TLS 失敗</translation>
    </message>
    <message>
        <source>no handshake</source>
        <translation>ハンドシェイクなし</translation>
    </message>
    <message>
        <source>wrong network</source>
        <translation>ネットワーク違い</translation>
    </message>
    <message>
        <source>bad features</source>
        <translation>機能情報が不正</translation>
    </message>
    <message>
        <source>no valid tip</source>
        <translation>有効なチップなし</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Same server as %1</source>
        <translation>%1 と同じサーバー</translation>
    </message>
    <message>
        <source>Watched: you are told when it goes down, comes back, falls behind or presents another certificate</source>
        <translation>監視中: 停止、復帰、遅延、別の証明書の提示を通知します</translation>
    </message>
    <message>
        <source>Tick to watch this server</source>
        <translation>チェックするとこのサーバーを監視します</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>監視</translation>
    </message>
    <message>
        <source>served invalid data</source>
        <translation>不正なデータを返しました</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Block arrival is timed for followed servers: watch this server to follow it</source>
        <translation>ブロック到着はフォロー中のサーバーについて計測されます。このサーバーをウォッチするとフォローします</translation>
    </message>
    <message>
        <source>Block %1 announced %2 after the first server</source>
        <translation>ブロック %1 を最初のサーバーの %2 後に通知</translation>
    </message>
    <message>
        <source>24 hours: median %1, 95th percentile %2 (blocks: %3)</source>
        <translation>24 時間: 中央値 %1、95 パーセンタイル %2（ブロック数: %3）</translation>
    </message>
    <message>
        <source>7 days: median %1, 95th percentile %2 (blocks: %3)</source>
        <translation>7 日間: 中央値 %1、95 パーセンタイル %2（ブロック数: %3）</translation>
    </message>
    <message>
        <source>Its tip is a block no other followed server has at that height: a fork or a stale tip?</source>
        <translation>この先端は、その高さで他のフォロー中のサーバーが持たないブロックです。フォークか古い先端の可能性があります</translation>
    </message>
    <message>
        <source>Followed: no new block announced yet</source>
        <translation>フォロー中: まだ新しいブロックの通知はありません</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到着</translation>
    </message>
</context>
<context>
    <name>btcw::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Tor</source>
        <translation>Tor</translation>
    </message>
    <message>
        <source>Use Tor for .onion servers</source>
        <translation>.onion サーバーに Tor を使用</translation>
    </message>
    <message>
        <source>Detect a running Tor (ports 9050 and 9150)</source>
        <translation>実行中の Tor を検出（ポート 9050 と 9150）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Launch our own tor when none is found</source>
        <translation>見つからない場合は独自の tor を起動</translation>
    </message>
    <message>
        <source>Route every server through Tor</source>
        <translation>すべてのサーバーを Tor 経由にする</translation>
    </message>
    <message>
        <source>SOCKS &amp;host:</source>
        <translation>SOCKS ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>SOCKS &amp;port:</source>
        <translation>SOCKS ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Local API</source>
        <translation>ローカル API</translation>
    </message>
    <message>
        <source>Serve the local REST API</source>
        <translation>ローカル REST API を提供</translation>
    </message>
    <message>
        <source>&amp;Bind address:</source>
        <translation>バインドアドレス(&amp;B):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>ポート(&amp;O):</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>empty: keep the cache in memory</source>
        <translation>空欄: キャッシュをメモリに保持</translation>
    </message>
    <message>
        <source>&amp;Time to live:</source>
        <translation>有効期間(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Redis host:</source>
        <translation>Redis ホスト(&amp;R):</translation>
    </message>
    <message>
        <source>Redis p&amp;ort:</source>
        <translation>Redis ポート(&amp;O):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Check the servers shown when the window opens</source>
        <translation>ウィンドウを開いたときに表示中のサーバーを確認</translation>
    </message>
    <message>
        <source>Keep a persistent token (in the system keychain)</source>
        <translation>永続的なトークンを保持する（システムのキーチェーンに保存）</translation>
    </message>
    <message>
        <source>Off: a new token in api.cookie every start. On: one token that stays the same, kept in the system keychain, or in a file readable only by you when there is no keychain.</source>
        <translation>オフ：起動するたびに api.cookie に新しいトークンを作成します。オン：変わらない 1 つのトークンをシステムのキーチェーンに保存します。キーチェーンがない場合は、あなただけが読めるファイルに保存します。</translation>
    </message>
    <message>
        <source>the API is not running</source>
        <translation>API は動作していません</translation>
    </message>
    <message>
        <source>Copy curl example</source>
        <translation>curl の例をコピー</translation>
    </message>
    <message>
        <source>Current token:</source>
        <translation>現在のトークン：</translation>
    </message>
    <message>
        <source>no token file</source>
        <translation>トークンファイルなし</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>トークンをコピー</translation>
    </message>
    <message>
        <source>The token is not in a file a command could read: copy it and send it as &quot;Authorization: Bearer &lt;token&gt;&quot;.</source>
        <translation>トークンはコマンドで読めるファイルにはありません。コピーして &quot;Authorization: Bearer &lt;token&gt;&quot; として送信してください。</translation>
    </message>
    <message>
        <source>A running Tor&apos;s control port (often 9051), asked how far it has started; its password goes in the Passwords section</source>
        <translation>実行中の Tor のコントロールポート（通常 9051）。起動の進み具合を問い合わせます。パスワードは「パスワード」欄で設定します</translation>
    </message>
    <message>
        <source>&amp;Control port:</source>
        <translation>コントロールポート(&amp;C):</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>Passwords cannot be saved: no secret store is available.</source>
        <translation>パスワードを保存できません。シークレットストアが利用できません。</translation>
    </message>
    <message>
        <source>removed when you press OK</source>
        <translation>OK を押すと削除されます</translation>
    </message>
    <message>
        <source>Redis pass&amp;word:</source>
        <translation>Redis パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Tor control p&amp;assword:</source>
        <translation>Tor コントロールパスワード(&amp;A):</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>ヘルスチェック</translation>
    </message>
    <message>
        <source>How many servers a scan checks at the same time</source>
        <translation>1 回のスキャンで同時に確認するサーバーの数</translation>
    </message>
    <message>
        <source>The most one server&apos;s check may take, from connecting to its last answer</source>
        <translation>1 つのサーバーの確認にかけられる最長時間（接続から最後の応答まで）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Check the servers of the last scanned network again this often</source>
        <translation>最後にスキャンしたネットワークのサーバーをこの間隔で再確認</translation>
    </message>
    <message>
        <source>Discover new servers from the healthy ones after a scan</source>
        <translation>スキャン後に正常なサーバーから新しいサーバーを探索</translation>
    </message>
    <message>
        <source>Servers checked at &amp;once:</source>
        <translation>同時に確認するサーバー数(&amp;O):</translation>
    </message>
    <message>
        <source>Time &amp;budget per server:</source>
        <translation>サーバーごとの制限時間(&amp;B):</translation>
    </message>
    <message>
        <source>Check &amp;again every:</source>
        <translation>再確認の間隔(&amp;A):</translation>
    </message>
    <message>
        <source>Kept in %1, never in the settings file.</source>
        <translation>保存先: %1（設定ファイルには保存しません）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; there is no system keychain; passwords are kept unencrypted in %1.</source>
        <translation>&lt;b&gt;警告:&lt;/b&gt; システムのキーチェーンがありません。パスワードは暗号化されずに次の場所に保存されます: %1。</translation>
    </message>
    <message>
        <source>stored; type a new one to replace it</source>
        <translation>保存済み。置き換えるには新しいパスワードを入力</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <source>Could not save the Redis password: %1</source>
        <translation>Redis のパスワードを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not remove the Redis password: %1</source>
        <translation>Redis のパスワードを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not save the Tor control password: %1</source>
        <translation>Tor コントロールパスワードを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not remove the Tor control password: %1</source>
        <translation>Tor コントロールパスワードを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>(after a restart)</source>
        <translation>（再起動後）</translation>
    </message>
    <message>
        <source>BTC Worker reads this setting when it starts</source>
        <translation>BTC Worker は起動時にこの設定を読み込みます</translation>
    </message>
    <message>
        <source>Let the API query servers on loopback or private networks (your own LAN server)</source>
        <translation>API がループバックやプライベートネットワーク上のサーバー（自分の LAN サーバー）に問い合わせることを許可する</translation>
    </message>
    <message>
        <source>Allow blockchain.transaction.broadcast through the API</source>
        <translation>API 経由の blockchain.transaction.broadcast を許可する</translation>
    </message>
    <message>
        <source>How long answers that change with each block (balances, histories, fees) are kept; settled answers follow their own, longer rules</source>
        <translation>ブロックごとに変わる応答（残高、履歴、手数料）を保持する時間。確定した応答はそれぞれの、より長い規則に従います</translation>
    </message>
    <message>
        <source>%1 set in the environment: it wins over the field here.</source>
        <translation>%1 が環境変数で設定されています。ここの欄より優先されます。</translation>
    </message>
    <message>
        <source>Settings apply when you press OK, except those marked &quot;after a restart&quot;.</source>
        <translation>設定は OK を押すと適用されます（「再起動後」と表示されたものを除く）。</translation>
    </message>
    <message>
        <source>Reads the token from %1 and copies it</source>
        <translation>%1 からトークンを読み取りコピーします</translation>
    </message>
    <message>
        <source>Running now at %1:%2 (set on the command line); the fields show the saved values used when it starts without those options.</source>
        <translation>現在 %1:%2 で動作中です(コマンドラインで指定)。各欄には、これらのオプションなしで起動したときに使われる保存値が表示されます。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Use a server&apos;s confirmed .onion twin when Tor is available</source>
        <translation>Tor が使えるときはサーバーの確認済み .onion ツインを使う</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> / 秒</translation>
    </message>
    <message>
        <source>Requests per second one program with the token may send. Automatic: no limit while the API listens on this machine only, 50 when it listens on a network address. 0: no limit.</source>
        <translation>トークンを持つプログラムが 1 秒あたりに送れるリクエスト数。自動: API がこのマシンだけで待ち受ける間は制限なし、ネットワークアドレスで待ち受けるときは 50。0: 制限なし。</translation>
    </message>
    <message>
        <source>Rate l&amp;imit:</source>
        <translation>レート制限(&amp;I):</translation>
    </message>
    <message>
        <source>Watched servers</source>
        <translation>監視中のサーバー</translation>
    </message>
    <message>
        <source>Tell me when one goes down or comes back</source>
        <translation>停止または復帰したときに通知する</translation>
    </message>
    <message>
        <source>Tell me when one falls behind or catches up</source>
        <translation>遅延したとき、または追いついたときに通知する</translation>
    </message>
    <message>
        <source> blocks</source>
        <translation> ブロック</translation>
    </message>
    <message>
        <source>A server further behind the best tip of its network than this has fallen behind</source>
        <translation>ネットワークの最良の先端からこれ以上遅れたサーバーは遅延とみなされます</translation>
    </message>
    <message>
        <source>Tell me when one presents another certificate</source>
        <translation>別の証明書を提示したときに通知する</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>After telling of a server, further changes of it wait this long, so a server that comes and goes is not told of again and again</source>
        <translation>サーバーを通知した後、その次の変化はこの時間待ちます。停止と復帰を繰り返すサーバーが何度も通知されないようにします</translation>
    </message>
    <message>
        <source>&amp;Behind by more than:</source>
        <translation>遅延のしきい値(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Quiet after telling:</source>
        <translation>通知後の待機時間(&amp;Q):</translation>
    </message>
    <message>
        <source>Follow every healthy server live, not only the watched ones</source>
        <translation>ウォッチ中のサーバーだけでなく、正常なすべてのサーバーをライブでフォローする</translation>
    </message>
    <message>
        <source>Each followed server keeps one connection open (200 at most), so that the Arrival column can time when it announces each new block</source>
        <translation>フォロー中の各サーバーは接続を 1 本開いたままにします（最大 200）。これにより「到着」列で新しいブロックを通知した時刻を計測できます</translation>
    </message>
    <message>
        <source>Tell me when one is on a block no other followed server has</source>
        <translation>他の追跡中のサーバーにないブロック上にあるときに知らせる</translation>
    </message>
    <message>
        <source>Have each server prove what it serves (a merkle proof, the headers at its tip)</source>
        <translation>各サーバーに提供内容を証明させる (マークル証明、先端のヘッダー)</translation>
    </message>
</context>
<context>
    <name>btcw::StatusIndicators</name>
    <message numerus="yes">
        <source>%n server(s) shown</source>
        <translation>
            <numerusform>%n 件のサーバーを表示</numerusform>
        </translation>
    </message>
    <message>
        <source>Tor: off</source>
        <translation>Tor: オフ</translation>
    </message>
    <message>
        <source>Tor: detecting…</source>
        <translation>Tor: 検出中…</translation>
    </message>
    <message>
        <source>Tor: detected at %1</source>
        <translation>Tor: %1 で検出</translation>
    </message>
    <message>
        <source>Tor: launching</source>
        <translation>Tor: 起動中</translation>
    </message>
    <message>
        <source>Tor: bootstrapping %1%</source>
        <translation>Tor: ブートストラップ中 %1%</translation>
    </message>
    <message>
        <source>Tor: ready at %1</source>
        <translation>Tor: %1 で準備完了</translation>
    </message>
    <message>
        <source>Tor: unavailable</source>
        <translation>Tor: 利用不可</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>The local REST API listens here</source>
        <translation>ローカル REST API の待ち受け先</translation>
    </message>
    <message>
        <source>API: off</source>
        <translation>API: オフ</translation>
    </message>
    <message>
        <source>API: off (%1)</source>
        <translation>API: オフ（%1）</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>キャッシュ: %1</translation>
    </message>
    <message>
        <source>%1 (degraded)</source>
        <translation>%1（機能低下）</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses, %3 entries, %4 KiB held here</source>
        <translation>ヒット %1 件、ミス %2 件、エントリ %3 件、ここに %4 KiB 保持</translation>
    </message>
    <message>
        <source>Tor: starts when needed</source>
        <translation>Tor: 必要時に起動</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The local API is turned off.</source>
        <translation>ローカル API はオフになっています。</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>システムのキーチェーン</translation>
    </message>
    <message>
        <source>Settings reset</source>
        <translation>設定のリセット</translation>
    </message>
</context>
</TS>
