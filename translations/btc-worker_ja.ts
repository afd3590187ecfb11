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
        <source>Allow blockchain.transaction.broadcast through the API.</source>
        <translation>API 経由の blockchain.transaction.broadcast を許可します。</translation>
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
        <source>Use the Tor SOCKS5 port at HOST:PORT instead of looking for one.</source>
        <translation>Tor の SOCKS5 ポートを探す代わりに HOST:PORT のものを使用します。</translation>
    </message>
    <message>
        <source>Start our own tor when no running Tor is found.</source>
        <translation>実行中の Tor が見つからない場合は独自の tor を起動します。</translation>
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
    <name>btcw::MainWindow</name>
    <message>
        <source>BTC Worker</source>
        <translation>BTC Worker</translation>
    </message>
    <message>
        <source>Checked %1 of %2</source>
        <translation>%2 件中 %1 件を確認済み</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>確認を中止しました。</translation>
    </message>
    <message>
        <source>Check finished.</source>
        <translation>確認が完了しました。</translation>
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
        <source>BTC Worker %1
Browse, check and query Electrum servers; a local REST API serves the same queries.</source>
        <translation>BTC Worker %1
Electrum サーバーを一覧・確認・照会します。ローカル REST API でも同じ照会ができます。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
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
        <source>Query console</source>
        <translation>クエリコンソール</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) shown</source>
        <translation>
            <numerusform>%n 件のサーバーを表示</numerusform>
        </translation>
    </message>
    <message>
        <source>All networks</source>
        <translation>すべてのネットワーク</translation>
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
        <source>%1 (degraded)</source>
        <translation>%1（機能低下）</translation>
    </message>
    <message>
        <source>%1 hits, %2 misses, %3 entries, %4 KiB held here</source>
        <translation>ヒット %1 件、ミス %2 件、エントリ %3 件、ここに %4 KiB 保持</translation>
    </message>
</context>
<context>
    <name>btcw::QueryConsole</name>
    <message>
        <source>host:port:s (TLS) or host:port:t (TCP)</source>
        <translation>host:port:s（TLS）または host:port:t（TCP）</translation>
    </message>
    <message>
        <source>JSON array, e.g. [] or [&quot;&lt;scripthash&gt;&quot;]</source>
        <translation>JSON 配列（例: [] や [&quot;&lt;scripthash&gt;&quot;]）</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
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
</context>
<context>
    <name>btcw::ServerCheckRunner</name>
    <message>
        <source>The server has neither a TCP nor a TLS port.</source>
        <translation>サーバーには TCP ポートも TLS ポートもありません。</translation>
    </message>
    <message>
        <source>The server&apos;s tip header has no height.</source>
        <translation>サーバーのチップヘッダーに高さがありません。</translation>
    </message>
</context>
<context>
    <name>btcw::ServerDetailsPane</name>
    <message>
        <source>&amp;Fetch features and banner</source>
        <translation>機能情報とバナーを取得(&amp;F)</translation>
    </message>
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
        <source>down: %1</source>
        <translation>停止: %1</translation>
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
        <source>Changes take effect the next time BTC Worker starts.</source>
        <translation>変更は次回 BTC Worker の起動時に反映されます。</translation>
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
</context>
</TS>
