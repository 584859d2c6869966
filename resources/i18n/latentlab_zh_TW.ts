<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AnomalyPanel</name>
    <message>
        <source>Scoring failed: {}</source>
        <extracomment>outlier sets made from the normal images (``core.anomaly.outlier_images``) images shown in each strip (most and least unusual) uint8 (2, STRIP·W, H…) montages: row 0 the images, row 1 the model&apos;s reconstructions</extracomment>
        <translation>評分失敗：{}</translation>
    </message>
    <message>
        <source>Scoring cancelled.</source>
        <translation>評分已取消。</translation>
    </message>
    <message>
        <source>Normal images:</source>
        <translation>正常影像：</translation>
    </message>
    <message>
        <source>Outliers:</source>
        <translation>異常值：</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>評分：</translation>
    </message>
    <message>
        <source>Images per set:</source>
        <translation>每組影像數：</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>評分</translation>
    </message>
    <message>
        <source>Score both sets with the open model</source>
        <translation>用當前開啟的模型為兩組影像評分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>% of images</source>
        <translation>影像占比（%）</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#0072b2&apos;&gt;normal&lt;/span&gt; · &lt;span style=&apos;color:#d55e00&apos;&gt;outliers&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#0072b2&apos;&gt;正常&lt;/span&gt; · &lt;span style=&apos;color:#d55e00&apos;&gt;異常&lt;/span&gt;</translation>
    </message>
    <message>
        <source>false alarms</source>
        <translation>誤報</translation>
    </message>
    <message>
        <source>For every threshold on the score: the share of normal images flagged (false alarms) against the share of outliers caught</source>
        <translation>對每個分數閾值：被標記的正常影像比例（誤報）與被偵測出的異常影像比例</translation>
    </message>
    <message>
        <source>outliers caught</source>
        <translation>檢出的異常值</translation>
    </message>
    <message>
        <source>Most unusual (top: image, below: the model&apos;s reconstruction)</source>
        <translation>最不尋常（上：影像，下：模型的重建）</translation>
    </message>
    <message>
        <source>Most typical</source>
        <translation>最典型</translation>
    </message>
    <message>
        <source>No model is open.</source>
        <translation>未開啟模型。</translation>
    </message>
    <message>
        <source>This model&apos;s card names no data set with a sample: drop a folder of normal images here.</source>
        <translation>此模型的模型卡未指明帶樣本的資料集：請將一個包含正常影像的資料夾拖到這裡。</translation>
    </message>
    <message>
        <source>a sample of {} (what the model was trained on)</source>
        <translation>{} 的樣本（模型的訓練資料）</translation>
    </message>
    <message>
        <source>Random noise</source>
        <translation>隨機雜訊</translation>
    </message>
    <message>
        <source>Inverted normal images</source>
        <translation>反色的正常影像</translation>
    </message>
    <message>
        <source>Normal images turned 90°</source>
        <translation>旋轉 90° 的正常影像</translation>
    </message>
    <message>
        <source>Images from a folder…</source>
        <translation>資料夾中的影像…</translation>
    </message>
    <message>
        <source>Reconstruction error</source>
        <translation>重建誤差</translation>
    </message>
    <message>
        <source>Negative ELBO</source>
        <translation>負 ELBO</translation>
    </message>
    <message>
        <source>Inversion error (latent search)</source>
        <translation>反演誤差（潛在空間搜尋）</translation>
    </message>
    <message>
        <source>How far decode(encode(x)) is from x. A VAE rebuilds what it was trained on well and anything else badly.</source>
        <translation>decode(encode(x)) 與 x 相差多遠。VAE 能很好地重建它訓練過的內容，其他內容則重建得很差。</translation>
    </message>
    <message>
        <source>Reconstruction loss plus how far the image&apos;s code lies from the prior: the VAE&apos;s own measure of how unlikely an image is.</source>
        <translation>重建損失加上影像編碼與先驗的距離：這是 VAE 自身衡量一張影像有多不可能的指標。</translation>
    </message>
    <message>
        <source>A GAN has no encoder, so each image is scored by searching for the latent that draws it best. Slower (an optimisation per image) and weaker: a generator can often draw something close to an outlier too.</source>
        <translation>GAN 沒有編碼器，因此透過搜尋最能畫出該影像的潛在向量來為每張影像評分。這種方法更慢（每張影像都要做一次最佳化）也更弱：生成器往往也能畫出與異常值相近的影像。</translation>
    </message>
    <message>
        <source>Folder of outlier images</source>
        <translation>異常影像資料夾</translation>
    </message>
    <message>
        <source>Folder {}</source>
        <translation>資料夾 {}</translation>
    </message>
    <message>
        <source>Choose the folder of outlier images first.</source>
        <translation>請先選擇異常影像所在的資料夾。</translation>
    </message>
    <message>
        <source>This model&apos;s card names no data set: drop a folder of normal images here.</source>
        <translation>此模型的模型卡未指明資料集：請將一個包含正常影像的資料夾拖到這裡。</translation>
    </message>
    <message>
        <source>Cannot read the images: {}</source>
        <translation>無法讀取影像：{}</translation>
    </message>
    <message>
        <source>Scoring {} normal images and their outliers…</source>
        <translation>正在為 {} 張正常影像及其異常值評分…</translation>
    </message>
    <message>
        <source>ROC AUC {:.3f}: the chance that an outlier scores above a normal image (1 = always, 0.5 = a coin toss).</source>
        <translation>ROC AUC {:.3f}：異常值得分高於正常影像的機率（1 = 總是，0.5 = 拋硬幣）。</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>outliers</source>
        <translation>異常值</translation>
    </message>
    <message>
        <source>score (log₁₀)</source>
        <translation>分數（log₁₀）</translation>
    </message>
    <message>
        <source>AUC {:.3f}</source>
        <translation>AUC {:.3f}</translation>
    </message>
</context>
<context>
    <name>BookmarksPanel</name>
    <message>
        <source>Your saved points. Double-click or press Enter to go to one, F2 to rename, Delete to remove it. They are kept between sessions.</source>
        <extracomment>the item data role holding a row&apos;s index into ``state.bookmarks`` (None on a model&apos;s heading) asked for the thumbnail of a bookmark that has none; set by the controller</extracomment>
        <translation>您儲存的點。雙擊或按 Enter 前往，按 F2 重新命名，按 Delete 刪除。它們會在各次會話之間保留。</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>書籤</translation>
    </message>
    <message>
        <source>Save the current point under a name (Ctrl+B)</source>
        <translation>以一個名稱儲存當前點（Ctrl+B）</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>前往</translation>
    </message>
    <message>
        <source>Make the selected bookmark the current point (opens its model if needed)</source>
        <translation>將所選書籤設為當前點（如有需要會開啟其模型）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Remove the selected bookmark (Delete key)</source>
        <translation>刪除所選書籤（Delete 鍵）</translation>
    </message>
    <message>
        <source>This model only</source>
        <translation>僅此模型</translation>
    </message>
    <message>
        <source>List only the bookmarks made with the open model; untick to see every model&apos;s, grouped by model</source>
        <translation>只列出用當前開啟的模型建立的書籤；取消勾選則顯示所有模型的書籤，按模型分組</translation>
    </message>
    <message>
        <source>No bookmarks yet.

Press Ctrl+B (or the Bookmark button) to keep the current point under a name. Bookmarks are kept between sessions.</source>
        <extracomment>the prompt for a new bookmark&apos;s name while it is open (tests answer it)</extracomment>
        <translation>還沒有書籤。

按 Ctrl+B（或“書籤”按鈕）即可以一個名稱儲存當前點。書籤會在各次會話之間保留。</translation>
    </message>
    <message>
        <source>Bookmarks made with the model {name}</source>
        <translation>用模型 {name} 建立的書籤</translation>
    </message>
    <message>
        <source>, seed {seed}</source>
        <translation>，種子 {seed}</translation>
    </message>
    <message>
        <source>, class {label}</source>
        <translation>，類別 {label}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{model_name}{label}{extra}&lt;br&gt;saved {when}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{model_name}{label}{extra}&lt;br&gt;儲存於 {when}</translation>
    </message>
    <message>
        <source>No bookmarks for this model yet ({n} for other models: untick &quot;This model only&quot; to see them).

Press Ctrl+B to keep the current point under a name.</source>
        <translation>此模型還沒有書籤（其他模型有 {n} 個：取消勾選“僅此模型”即可檢視）。

按 Ctrl+B 可將當前點以一個名稱儲存。</translation>
    </message>
    <message>
        <source>Name of the bookmark ({model}):</source>
        <translation>書籤名稱（{model}）：</translation>
    </message>
</context>
<context>
    <name>ClassroomFeature</name>
    <message>
        <source>Screen</source>
        <translation>螢幕</translation>
    </message>
    <message>
        <source>Present on this screen (type size {0} px)</source>
        <translation>在此螢幕上演示（字號 {0} px）</translation>
    </message>
    <message>
        <source>{0} (has problems)</source>
        <translation>{0}（有問題）</translation>
    </message>
    <message>
        <source>&amp;{0}. {1}</source>
        <translation>&amp;{0}. {1}</translation>
    </message>
    <message>
        <source>(no bundled lessons)</source>
        <translation>（沒有內建課程）</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Could not list models: {0}</source>
        <translation>無法列出模型：{0}</translation>
    </message>
    <message>
        <source>fitting principal directions…</source>
        <translation>正在擬合主方向…</translation>
    </message>
    <message>
        <source>Could not open {0}: {1}</source>
        <translation>無法開啟 {0}：{1}</translation>
    </message>
    <message>
        <source>principal directions of {source}</source>
        <translation>{source} 的主方向</translation>
    </message>
    <message>
        <source>no principal directions: {0}</source>
        <translation>沒有主方向：{0}</translation>
    </message>
    <message>
        <source>no real pictures: {0}</source>
        <translation>沒有真實圖片：{0}</translation>
    </message>
    <message>
        <source>encoding and inverting…</source>
        <translation>正在編碼和反演…</translation>
    </message>
    <message>
        <source>reconstruction failed: {0}</source>
        <translation>重建失敗：{0}</translation>
    </message>
    <message>
        <source>reconstruction cancelled</source>
        <translation>重建已取消</translation>
    </message>
    <message>
        <source>encoding the pictures…</source>
        <translation>正在編碼圖片…</translation>
    </message>
    <message>
        <source>inverting the pictures…</source>
        <translation>正在反演圖片…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <source>no real pictures to start from: none of these models&apos; datasets ({datasets}) has a bundled test sample</source>
        <translation>沒有可作為起點的真實圖片：這些模型的資料集（{datasets}）都沒有內建的測試樣本</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>seeds {seeds}</source>
        <translation>種子 {seeds}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>從 {start} 到 {end}</translation>
    </message>
    <message>
        <source>no path: {problem}</source>
        <translation>無路徑：{problem}</translation>
    </message>
    <message>
        <source>encoded</source>
        <translation>已編碼</translation>
    </message>
    <message numerus="yes">
        <source>inverted (%n step(s))</source>
        <translation>
            <numerusform>已反演（%n 步）</numerusform>
        </translation>
    </message>
    <message>
        <source>{how}; end errors {first:.4f} and {last:.4f} (pixel MSE)</source>
        <translation>{how}；端點誤差 {first:.4f} 和 {last:.4f}（像素 MSE）</translation>
    </message>
    <message>
        <source>no path: {0}</source>
        <translation>沒有路徑：{0}</translation>
    </message>
    <message>
        <source>cancelled: press Play or pick other pictures to try again</source>
        <translation>已取消：按“播放”或選擇其他圖片重試</translation>
    </message>
    <message>
        <source>Measured {name} ({n:,} samples): figures {x0}</source>
        <translation>已測量 {name}（{n:,} 個樣本）：數值{x0}</translation>
    </message>
    <message>
        <source>Could not measure {0}: {1}</source>
        <translation>無法測量 {0}：{1}</translation>
    </message>
    <message>
        <source>Nothing to export: no model is open</source>
        <translation>沒有可匯出的內容：未開啟模型</translation>
    </message>
    <message>
        <source>Saved the comparison figure ({w}×{h}) to {x0}</source>
        <translation>已將對比圖（{w}×{h}）儲存到 {x0}</translation>
    </message>
    <message>
        <source>Could not export the figure: {0}</source>
        <translation>無法匯出對比圖：{0}</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在啟動…</translation>
    </message>
</context>
<context>
    <name>CompareJobs</name>
    <message>
        <source>makes {x0} images; the pictures are {x1}</source>
        <translation>生成 {x0} 的影像；而圖片是 {x1}</translation>
    </message>
    <message>
        <source>class {label} is not one of its classes 0..{x0}</source>
        <translation>類別 {label} 不在其類別 0..{x0} 之中</translation>
    </message>
    <message>
        <source>Inverting picture {x0} of {n} into {name}: step {s}/{x1}, error {err:.4f}</source>
        <translation>正在將第 {x0} 張圖片（共 {n} 張）反演到 {name}：第 {s}/{x1} 步，誤差 {err:.4f}</translation>
    </message>
    <message>
        <source>{x0} picture {x1} of {n} with {name}</source>
        <translation>{x0} 第 {x1} 張圖片（共 {n} 張），使用 {name}</translation>
    </message>
    <message>
        <source>reconstruction failed ({exc})</source>
        <translation>重建失敗（{exc}）</translation>
    </message>
    <message>
        <source>not written into the model card</source>
        <translation>未寫入模型卡</translation>
    </message>
    <message>
        <source>not written: a TorchScript manifest is not a model card</source>
        <translation>未寫入：TorchScript 清單不是模型卡</translation>
    </message>
    <message>
        <source>written into the card of {name}</source>
        <translation>已寫入 {name} 的模型卡</translation>
    </message>
    <message>
        <source>could not be written into {name} ({exc}); shown for this session only</source>
        <translation>無法寫入 {name}（{exc}）；僅在本次會話中顯示</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>正在載入 {name}</translation>
    </message>
    <message>
        <source>Drawing the figure</source>
        <translation>正在繪製圖表</translation>
    </message>
    <message>
        <source> (inverting the real pictures into {models})</source>
        <translation>（正在把真實圖片反演到 {models}）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在儲存</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Show another model in this pane</source>
        <extracomment>one colour per pane, in pane order: the same colour-blind-safe (Okabe-Ito) colours as the figure frames shown in the filmstrip under an interpolating pane where a title may be broken onto its second line (after these characters)</extracomment>
        <translation>在此窗格中顯示另一個模型</translation>
    </message>
    <message>
        <source>Remove this pane (at least two stay)</source>
        <translation>移除此窗格（至少保留兩個）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>The whole path at a glance: evenly spaced frames from the first picture to the last</source>
        <translation>整條路徑一覽：從第一張圖片到最後一張的等間距幀</translation>
    </message>
    <message>
        <source>How long this pane&apos;s last picture took to compute on the shared render worker</source>
        <translation>此窗格上一張圖片在共享渲染執行緒中的計算耗時</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>開啟檔案…</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>（無模型）</translation>
    </message>
    <message>
        <source>{ms:.1f} ms</source>
        <translation>{ms:.1f} 毫秒</translation>
    </message>
    <message>
        <source>This pane&apos;s last render took {ms} ms for 1 image on the shared render worker</source>
        <translation>此窗格上次在共享渲染執行緒中渲染 1 張圖片耗時 {ms} 毫秒</translation>
    </message>
    <message>
        <source>This pane&apos;s last render took {ms} ms for {n} images on the shared render worker</source>
        <translation>此窗格上次在共享渲染執行緒中渲染 {n} 張圖片耗時 {ms} 毫秒</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>latentlab — compare models</source>
        <translation>latentlab — 模型對比</translation>
    </message>
    <message>
        <source>starting…</source>
        <extracomment>on a presentation&apos;s stage: the width is shared again at every resize (the stage&apos;s size arrives after the big type, and the splitter would keep the window&apos;s old proportions)</extracomment>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <source>Export the comparison figure</source>
        <translation>匯出對比圖</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在開啟 {name}…</translation>
    </message>
    <message>
        <source>{w}×{h} colour</source>
        <translation>{w}×{h} 彩色</translation>
    </message>
    <message>
        <source>{w}×{h} grey</source>
        <translation>{w}×{h} 灰階</translation>
    </message>
    <message>
        <source>{kind} · {dataset} · {dim}-D · {image}</source>
        <translation>{kind} · {dataset} · {dim} 維 · {image}</translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation>無資料集</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在繪製…</translation>
    </message>
    <message>
        <source>{model}: principal direction {n} ({source})</source>
        <translation>{model}：主方向 {n}（{source}）</translation>
    </message>
    <message>
        <source>Could not draw: {render_error}</source>
        <translation>無法繪製：{render_error}</translation>
    </message>
    <message>
        <source>Open a model for this pane</source>
        <translation>為此窗格開啟一個模型</translation>
    </message>
    <message>
        <source>Models (*.safetensors *.json);;All files (*)</source>
        <translation>模型 (*.safetensors *.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Not installed: {models}. Train them (latentlab train) or add the model files to the models folder, then reopen this window.</source>
        <translation>未安裝：{models}。請訓練它們（latentlab train）或將模型檔案新增到模型資料夾，然後重新開啟此視窗。</translation>
    </message>
    <message>
        <source>each class in turn</source>
        <translation>依次每個類別</translation>
    </message>
    <message>
        <source>The class every conditional model draws (the others ignore it)</source>
        <translation>每個條件模型繪製的類別（其他模型忽略它）</translation>
    </message>
    <message>
        <source>No real pictures to walk between</source>
        <translation>沒有可在其間行走的真實圖片</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暫停</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n 幀</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the figure: {step}</source>
        <translation>正在匯出圖片：{step}</translation>
    </message>
    <message>
        <source>Figure export cancelled</source>
        <translation>圖片匯出已取消</translation>
    </message>
    <message>
        <source>MNIST: VAE | GAN</source>
        <translation>MNIST：VAE | GAN</translation>
    </message>
    <message>
        <source>The classic pair: a VAE and a GAN trained on the same handwritten digits</source>
        <translation>經典組合：在相同手寫數字上訓練的 VAE 和 GAN</translation>
    </message>
    <message>
        <source>MNIST: CVAE | cGAN</source>
        <translation>MNIST：CVAE | cGAN</translation>
    </message>
    <message>
        <source>Conditional versions: both are told which digit to draw (pick it with Class)</source>
        <translation>條件版本：兩者都被告知要畫哪個數字（在“類別”中選擇）</translation>
    </message>
    <message>
        <source>Fashion-MNIST: VAE | GAN</source>
        <translation>Fashion-MNIST：VAE | GAN</translation>
    </message>
    <message>
        <source>A VAE and a GAN trained on small pictures of clothes</source>
        <translation>在服裝小圖片上訓練的 VAE 和 GAN</translation>
    </message>
    <message>
        <source>Compare</source>
        <extracomment>frames per second of a playing path lupdate reads calls named ``translate`` with a literal context; ``view.tr`` would file them under &quot;view&quot;</extracomment>
        <translation>對比</translation>
    </message>
    <message>
        <source>+ Pane</source>
        <translation>+ 窗格</translation>
    </message>
    <message>
        <source>Add a pane (up to four models side by side)</source>
        <translation>新增一個窗格（最多四個模型並排）</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>匯出圖片…</translation>
    </message>
    <message>
        <source>Save the whole comparison (panes and evidence) as one PNG for slides, with a .json sidecar naming the exact model files (the figure `latentlab compare` draws)</source>
        <translation>將整個對比（窗格和證據）儲存為一張用於幻燈片的 PNG，並附帶一個註明確切模型檔案的 .json 檔案（即 `latentlab compare` 繪製的圖）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Same seed</source>
        <translation>相同種子</translation>
    </message>
    <message>
        <source>One picture per model, each drawn from its own prior with the same seed</source>
        <translation>每個模型一張圖片，各自用相同的種子從自己的先驗中抽取</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>The same N×N draws of the seed in every pane (G)</source>
        <translation>每個窗格中相同種子的 N×N 次抽取（G）</translation>
    </message>
    <message>
        <source>Interpolate</source>
        <translation>插值</translation>
    </message>
    <message>
        <source>Walk between two real pictures (VAEs encode them, GANs invert them) or between seeds</source>
        <translation>在兩張真實圖片之間漫遊（VAE 編碼它們，GAN 反演它們），或在種子之間漫遊</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>Every model draws its sample(s) from its own prior with this seed (the same random numbers, cut to each model&apos;s latent size)</source>
        <translation>每個模型都用這個種子從自己的先驗中抽取樣本（相同的隨機數，按各模型的潛在向量大小擷取）</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新種子</translation>
    </message>
    <message>
        <source>A new random seed for every pane (R)</source>
        <translation>為每個窗格生成新的隨機種子（R）</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Grid size N (N×N samples per pane); also the samples in the exported figure</source>
        <translation>網格大小 N（每個窗格 N×N 個樣本）；也是匯出圖片中的樣本數</translation>
    </message>
    <message>
        <source>Link sliders</source>
        <translation>聯動滑塊</translation>
    </message>
    <message>
        <source>Linked: one set of sliders moves every pane along its own principal directions. Unlinked: each pane has its own sliders.</source>
        <translation>聯動：一組滑塊讓每個窗格沿其自身的主方向移動。不聯動：每個窗格有自己的滑塊。</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>Show real test pictures next to each model&apos;s copy of them (VAE: encoder; GAN: inversion, in the background)</source>
        <translation>在每個模型的複製品旁顯示真實測試圖片（VAE：編碼器；GAN：反演，在後臺進行）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>Show the claims, measured figures, coverage and training curves</source>
        <translation>顯示論斷、測量數值、覆蓋率和訓練曲線</translation>
    </message>
    <message>
        <source>Same seed: every model gets the same random numbers (the same latent vector). Each model decodes them into its own picture, so different models drawing different things (a 1 beside a 7) is expected: compare how good the pictures are, not whether they match.</source>
        <translation>相同種子：每個模型得到相同的隨機數（相同的潛在向量）。每個模型會把它們解碼成自己的圖片，因此不同模型畫出不同的東西（1 旁邊是 7）是正常的：請比較圖片的品質，而不是它們是否一致。</translation>
    </message>
    <message>
        <source>Linked sliders:</source>
        <translation>聯動滑塊：</translation>
    </message>
    <message>
        <source>Each slider moves every pane along that pane&apos;s own principal direction (PCA of sampled latents for GANs, of encoded real images for VAEs)</source>
        <translation>每個滑塊讓每個窗格沿其自身的主方向移動（GAN 為取樣潛在向量的 PCA，VAE 為編碼後真實圖片的 PCA）</translation>
    </message>
    <message>
        <source>Play the walk back and forth (Space)</source>
        <translation>來回播放漫遊（空格鍵）</translation>
    </message>
    <message>
        <source>Where on the path every pane is: drag to move all panes together</source>
        <translation>所有窗格在路徑上的位置：拖動可同時移動所有窗格</translation>
    </message>
    <message>
        <source>slerp</source>
        <translation>slerp</translation>
    </message>
    <message>
        <source>lerp</source>
        <translation>lerp</translation>
    </message>
    <message>
        <source>slerp: along the sphere, where the prior&apos;s samples live; lerp: a straight line (it cuts through the middle, where samples are rare)</source>
        <translation>slerp：沿球面，先驗樣本所在之處；lerp：直線（穿過中心，那裡樣本很少）</translation>
    </message>
    <message>
        <source>Frames on the path</source>
        <translation>路徑上的幀數</translation>
    </message>
    <message>
        <source>Other pictures</source>
        <translation>其他圖片</translation>
    </message>
    <message>
        <source>Walk between two other real test pictures</source>
        <translation>在另外兩張真實測試圖片之間漫遊</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Recent files</source>
        <extracomment>False for throw-away windows (bench): nothing is read from or written to the user&apos;s files</extracomment>
        <translation>最近的檔案</translation>
    </message>
    <message>
        <source>Could not list models</source>
        <translation>無法列出模型</translation>
    </message>
    <message>
        <source>Opened {name} ({kind}, {dim}-D latent, loaded in {ms:.0f} ms on {device})</source>
        <translation>已開啟 {name}（{kind}，{dim} 維潛在空間，在 {device} 上用時 {ms:.0f} 毫秒載入）</translation>
    </message>
    <message>
        <source>Could not open {0}: {1}.</source>
        <translation>無法開啟 {0}：{1}。</translation>
    </message>
    <message>
        <source>Could not save the recent-files list</source>
        <translation>無法儲存最近檔案列表</translation>
    </message>
    <message>
        <source>Could not use {0}: {1}. Staying on {2}.</source>
        <translation>無法使用 {0}：{1}。繼續使用 {2}。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>Could not fit {0}</source>
        <translation>無法擬合{0}</translation>
    </message>
    <message>
        <source>Could not save your bookmarks: {0}. They stay in this window; use File ▸ Save session to keep them elsewhere.</source>
        <translation>無法儲存您的書籤：{0}。它們仍保留在此視窗中；請使用 檔案 ▸ 會話另存為 將其儲存到別處。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>會話</translation>
    </message>
    <message>
        <source>Skipped a model file: {p}</source>
        <translation>已跳過一個模型檔案：{p}</translation>
    </message>
    <message>
        <source>No bundled models yet: open a model file with File ▸ Open (Ctrl+O)</source>
        <translation>還沒有內建模型：請通過 檔案 ▸ 開啟（Ctrl+O）開啟模型檔案</translation>
    </message>
    <message>
        <source>Opening {label}…</source>
        <translation>正在開啟 {label}…</translation>
    </message>
    <message>
        <source> The model {name} stays open.</source>
        <translation> 模型 {name} 保持開啟。</translation>
    </message>
    <message>
        <source> It was removed from Recent files.</source>
        <translation>它已從最近檔案中移除。</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>無法開啟模型</translation>
    </message>
    <message>
        <source>Now rendering on {device}</source>
        <translation>現在在 {device} 上渲染</translation>
    </message>
    <message>
        <source>Could not draw the sample grid: {error}</source>
        <translation>無法繪製樣本網格：{error}</translation>
    </message>
    <message>
        <source>Render failed: {error} (showing the last good image)</source>
        <translation>渲染失敗：{error}（顯示上一張正常的影像）</translation>
    </message>
    <message>
        <source>render {ms:.1f} ms</source>
        <translation>渲染 {ms:.1f} 毫秒</translation>
    </message>
    <message>
        <source> · {fps:.0f} fps</source>
        <translation> · {fps:.0f} 幀/秒</translation>
    </message>
    <message>
        <source>Fitting {title}…</source>
        <translation>正在擬合{title}…</translation>
    </message>
    <message>
        <source>Fitting {title} for {name}…</source>
        <translation>正在為 {name} 擬合{title}…</translation>
    </message>
    <message>
        <source>Sliders now move along {title}</source>
        <translation>滑塊現在沿{title}移動</translation>
    </message>
    <message>
        <source>Not enough classes were found to make class directions (samples per class: {counts})</source>
        <translation>找到的類別不足以構建類別方向（每類樣本數：{counts}）</translation>
    </message>
    <message>
        <source>Bookmark {name!r} has {n} numbers; {model} needs {latent_dim}</source>
        <translation>書籤 {name!r} 有 {n} 個數；{model} 需要 {latent_dim} 個</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>書籤</translation>
    </message>
    <message>
        <source>Went to bookmark {name!r}</source>
        <translation>已前往書籤 {name!r}</translation>
    </message>
    <message>
        <source>Bookmark {name!r} belongs to {model} ({model_path}), which is no longer there.</source>
        <translation>書籤 {name!r} 屬於 {model}（{model_path}），該模型已不存在。</translation>
    </message>
    <message>
        <source>Could not save the session to {0}</source>
        <translation>無法將會話儲存到 {0}</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>儲存會話</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n bookmark(s) to {path}</source>
        <translation>
            <numerusform>已將 %n 個書籤儲存到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the session: {exc}</source>
        <translation>無法開啟會話：{exc}</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>開啟會話</translation>
    </message>
    <message numerus="yes">
        <source>Added %n bookmark(s) from {name}</source>
        <translation>
            <numerusform>已從 {name} 新增 %n 個書籤</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export yet: open a model first</source>
        <translation>還沒有可匯出的內容：請先開啟一個模型</translation>
    </message>
    <message>
        <source>The current point failed to render; exporting the last good image is refused</source>
        <translation>當前點渲染失敗；拒絕匯出上一張正常的影像</translation>
    </message>
    <message>
        <source>Could not export the image</source>
        <translation>無法匯出影像</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>×{scale}</source>
        <translation>×{scale}</translation>
    </message>
    <message>
        <source>{size} px, {upscaling}</source>
        <translation>{size} 像素，{upscaling}</translation>
    </message>
    <message>
        <source>Exported {out} ({how}) with its settings in {name}.json</source>
        <translation>已匯出 {out}（{how}），其設定儲存在 {name}.json 中</translation>
    </message>
    <message>
        <source>The sample grid is not ready yet</source>
        <translation>樣本網格尚未就緒</translation>
    </message>
    <message>
        <source>Could not export the grid</source>
        <translation>無法匯出網格</translation>
    </message>
    <message>
        <source>Exported the {grid_size}×{grid_size} grid to {out}</source>
        <translation>已將 {grid_size}×{grid_size} 網格匯出到 {out}</translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation>請先開啟一個模型</translation>
    </message>
    <message>
        <source>Could not save the latent</source>
        <translation>無法儲存潛在向量</translation>
    </message>
    <message>
        <source>Save latent</source>
        <translation>儲存潛在向量</translation>
    </message>
    <message>
        <source>Saved the current point to {path}</source>
        <translation>已將當前點儲存到 {path}</translation>
    </message>
    <message>
        <source>Could not load the latent</source>
        <translation>無法載入潛在向量</translation>
    </message>
    <message>
        <source>Load latent</source>
        <translation>載入潛在向量</translation>
    </message>
    <message>
        <source>{name} holds a {dim}-D latent; {model} needs {latent_dim}</source>
        <translation>{name} 包含 {dim} 維潛在向量；{model} 需要 {latent_dim} 維</translation>
    </message>
    <message>
        <source>Loaded the point from {name}</source>
        <translation>已從 {name} 載入點</translation>
    </message>
    <message>
        <source>The model of {name} ({model_file}) is not here; using it with {model}</source>
        <translation>{name} 的模型（{model_file}）不在此處；改用 {model}</translation>
    </message>
    <message>
        <source>The model of {name} ({model_file}) is not here</source>
        <translation>{name} 的模型（{model_file}）不在此處</translation>
    </message>
</context>
<context>
    <name>DuelPane</name>
    <message>
        <source>generator</source>
        <extracomment>the recipe both panes train (read from latentlab/train/presets.py as it stands) 600 generator steps of each: a duel alone took 313-337 s on a busy 2-core machine (one thread) and WGAN-GP covered the digits more evenly than the plain recipe at the end in 5 of 5 seeds, the gap showing from about step 300 (latentlab/train/duel.py, docs/dev/duel-seeds.md) one colour per class band (matplotlib&apos;s tab10, as in the exported figure) per pane: loss key → (label, colour); only these are drawn</extracomment>
        <translation>生成器</translation>
    </message>
    <message>
        <source>discriminator</source>
        <translation>判別器</translation>
    </message>
    <message>
        <source>critic</source>
        <translation>評判器</translation>
    </message>
    <message>
        <source>Wasserstein estimate</source>
        <translation>Wasserstein 距離估計</translation>
    </message>
    <message>
        <source>What this generator draws now from 64 fixed latents (the same latents in both panes)</source>
        <translation>這個生成器此刻用 64 個固定的潛在向量畫出的圖像（兩個面板中的潛在向量相同）</translation>
    </message>
    <message>
        <source>Samples appear here</source>
        <translation>樣本將顯示在這裡</translation>
    </message>
    <message>
        <source>Class coverage over the steps</source>
        <translation>類別覆蓋隨步數的變化</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Coloured bands: the share of the 64 samples in each class, as the dataset&apos;s classifier reads them. White line: class entropy (1 = every class equally often, 0 = one class only). Bands narrowing to a few colours is mode collapse. Dashed: what a perfect generator&apos;s 64 samples reach by chance.</source>
        <translation>彩色條帶：資料集分類器讀出的 64 個樣本中每個類別的占比。白線：類別熵（1 = 每個類別出現得一樣多，0 = 只有一個類別）。條帶收窄到少數幾種顏色就是模式崩潰。虛線：完美生成器的 64 個樣本因隨機性能達到的值。</translation>
    </message>
    <message>
        <source>class entropy: –</source>
        <translation>類別熵：–</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>Samples after {steps} steps</source>
        <translation>{steps} 步後的樣本</translation>
    </message>
    <message>
        <source>class entropy {value} at step {step} (1 = even)</source>
        <translation>第 {step} 步的類別熵 {value}（1 = 均勻）</translation>
    </message>
    <message>
        <source>most drawn: {name} {share}</source>
        <translation>最常畫出：{name} {share}</translation>
    </message>
    <message>
        <source>{n} of {k} classes never drawn</source>
        <translation>{k} 個類別中有 {n} 個從未畫出</translation>
    </message>
</context>
<context>
    <name>DuelPanel</name>
    <message>
        <source>MNIST (digits)</source>
        <translation>MNIST（數字）</translation>
    </message>
    <message>
        <source>Fashion-MNIST (clothes)</source>
        <translation>Fashion-MNIST（服飾）</translation>
    </message>
    <message>
        <source>Generator steps of each run. The WGAN-GP critic learns on {n} batches per generator step, the plain discriminator on one, so the WGAN-GP side takes longer</source>
        <extracomment>tests: train on this ImageDataset instead of loading one; and extra TrainConfig fields</extracomment>
        <translation>每次執行的生成器步數。WGAN-GP 的評判器每個生成器步驟在 {n} 個批次上學習，普通判別器只在一個批次上學習，所以 WGAN-GP 一側用時較長</translation>
    </message>
    <message>
        <source>Channels of the first layer, the same in both runs. 16 trains about 4× faster than 32 on a laptop CPU.</source>
        <translation>第一層的通道數，兩次執行相同。在筆電 CPU 上，16 比 32 訓練快約 4 倍。</translation>
    </message>
    <message>
        <source>Images per training step, the same in both</source>
        <translation>每個訓練步的圖像數，兩者相同</translation>
    </message>
    <message>
        <source>How often the grids and the class coverage are read</source>
        <translation>多久讀取一次樣本網格和類別覆蓋</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>Both runs start from this seed: the same first generator, data order and grid latents. Try a few: one run shows one seed, not how often a recipe collapses.</source>
        <translation>兩次執行都從這個種子開始：相同的初始生成器、資料順序和網格潛在向量。多試幾個：一次執行只說明一個種子，不說明配方崩潰的頻率。</translation>
    </message>
    <message>
        <source>Use the bundled sample if missing</source>
        <translation>缺失時使用內建樣本</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>寬度</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批次大小</translation>
    </message>
    <message>
        <source>Grid every</source>
        <translation>網格間隔</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>Start both</source>
        <translation>同時開始</translation>
    </message>
    <message>
        <source>Train the plain GAN and the WGAN-GP from scratch, one step of each in turn</source>
        <translation>從頭訓練普通 GAN 和 WGAN-GP，兩者輪流各走一步</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End both runs now; their models and the log so far are kept</source>
        <translation>立即結束兩次執行；保留目前的模型和記錄</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>匯出圖表…</translation>
    </message>
    <message>
        <source>Save both panes (grids, class coverage over time, losses) as one PNG for slides, with a .json sidecar holding the run&apos;s log</source>
        <translation>把兩個面板（網格、隨時間變化的類別覆蓋、損失）儲存為一張用於投影片的 PNG，並附帶儲存執行記錄的 .json 檔案</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>The mode-collapse recipe, trained twice: with the plain GAN loss on the left and with the WGAN-GP loss (a Wasserstein critic with a gradient penalty, and its own optimiser settings) on the right. Same seed, data, network size, batch and number of generator steps.</source>
        <translation>模式崩潰配方訓練兩次：左邊用普通 GAN 損失，右邊用 WGAN-GP 損失（帶梯度懲罰的 Wasserstein 評判器，以及它自己的最佳化器設定）。種子、資料、網路大小、批次和生成器步數都相同。</translation>
    </message>
    <message>
        <source>Plain GAN</source>
        <translation>普通 GAN</translation>
    </message>
    <message>
        <source>WGAN-GP</source>
        <translation>WGAN-GP</translation>
    </message>
    <message>
        <source>{loss} loss, {norm}, {n} generator steps per step · lr {lr:g}</source>
        <translation>{loss} 損失，{norm}，每步 {n} 個生成器步 · 學習率 {lr:g}</translation>
    </message>
    <message>
        <source>spectral norm</source>
        <translation>譜歸一化</translation>
    </message>
    <message>
        <source>no spectral norm</source>
        <translation>無譜歸一化</translation>
    </message>
    <message>
        <source>Wasserstein critic, gradient penalty λ {gp:g}, one generator step per {n} critic steps · lr {lr:g}</source>
        <translation>Wasserstein 評判器，梯度懲罰 λ {gp:g}，每 {n} 個評判器步對應一個生成器步 · 學習率 {lr:g}</translation>
    </message>
    <message>
        <source>latentlab (GAN vs WGAN-GP)</source>
        <translation>latentlab（GAN 對 WGAN-GP）</translation>
    </message>
    <message>
        <source>The duel is still running: stop it first</source>
        <translation>對比仍在執行：請先停止</translation>
    </message>
    <message>
        <source>Starting both runs…</source>
        <translation>正在啟動兩次執行…</translation>
    </message>
    <message>
        <source>Stopping (saving both models so far)…</source>
        <translation>正在停止（儲存兩個模型的目前狀態）…</translation>
    </message>
    <message>
        <source>Nothing to export yet: start the duel and wait for the first grids</source>
        <translation>還沒有可匯出的內容：請開始對比並等待第一批網格</translation>
    </message>
    <message>
        <source>Could not export the figure: {problem}</source>
        <translation>無法匯出圖表：{problem}</translation>
    </message>
    <message>
        <source>Saved the figure to {path}</source>
        <translation>圖表已儲存到 {path}</translation>
    </message>
    <message>
        <source>Export the duel as a figure</source>
        <translation>將對比匯出為圖表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 圖像 (*.png)</translation>
    </message>
    <message>
        <source>step {a:,} (plain GAN) and {b:,} (WGAN-GP) of {total:,}</source>
        <translation>第 {a:,} 步（普通 GAN）和第 {b:,} 步（WGAN-GP），共 {total:,} 步</translation>
    </message>
    <message>
        <source>The duel failed</source>
        <translation>對比失敗</translation>
    </message>
    <message>
        <source>The duel failed: {text}</source>
        <translation>對比失敗：{text}</translation>
    </message>
</context>
<context>
    <name>DuelWorker</name>
    <message>
        <source>The full dataset is not installed here, so both runs train on the bundled {n:,}-image sample instead.</source>
        <extracomment>seconds between two curve/status updates of a pane sent to the GUI</extracomment>
        <translation>這裡沒有安裝完整的資料集，所以兩次執行都改用內建的 {n:,} 張圖像樣本訓練。</translation>
    </message>
    <message>
        <source>No class coverage for this data (no classifier for it).</source>
        <translation>這些資料沒有類別覆蓋（沒有對應的分類器）。</translation>
    </message>
    <message>
        <source>Stopped after {a:,} and {b:,} steps; both models and the log are in {folder}</source>
        <translation>在 {a:,} 步和 {b:,} 步後停止；兩個模型和記錄都在 {folder}</translation>
    </message>
    <message>
        <source>Finished {n:,} steps of each; both models and the log are in {folder}</source>
        <translation>各完成 {n:,} 步；兩個模型和記錄都在 {folder}</translation>
    </message>
</context>
<context>
    <name>EncodePanel</name>
    <message>
        <source>The image as the model sees it: converted to its size and colours</source>
        <translation>模型所見的影像：已轉換為它的尺寸和顏色</translation>
    </message>
    <message>
        <source>What the model draws from the latent it found for the image</source>
        <translation>模型根據為該影像找到的潛在向量所繪製的內容</translation>
    </message>
    <message>
        <source>original (converted)</source>
        <translation>原圖（已轉換）</translation>
    </message>
    <message>
        <source>model&apos;s redrawing</source>
        <translation>模型重繪</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>開啟影像…</translation>
    </message>
    <message>
        <source>Pick a PNG or JPG file (any size: it is converted to the model&apos;s shape)</source>
        <translation>選擇一個 PNG 或 JPG 檔案（任意尺寸：會被轉換為模型的形狀）</translation>
    </message>
    <message>
        <source>Which image of the bundled test sample (2,000 images, 200 per class)</source>
        <translation>內建測試樣本中的哪張影像（2,000 張，每類 200 張）</translation>
    </message>
    <message>
        <source>Test image</source>
        <translation>測試影像</translation>
    </message>
    <message>
        <source>Encode this image of the dataset&apos;s bundled test sample</source>
        <translation>編碼資料集內建測試樣本中的這張影像</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>隨機</translation>
    </message>
    <message>
        <source>A random image of the test sample</source>
        <translation>測試樣本中的一張隨機影像</translation>
    </message>
    <message>
        <source>The class the (conditional) model is told the image belongs to</source>
        <translation>告訴（條件）模型該影像所屬的類別</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>第 %v 步，共 %m 步</translation>
    </message>
    <message>
        <source>GAN inversion: how many optimisation steps are done</source>
        <translation>GAN 反演：已完成多少最佳化步驟</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the search; the best match so far is kept</source>
        <translation>停止搜尋；保留目前最佳的匹配</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>GAN inversion: optimisation steps (more: closer match, longer wait)</source>
        <translation>GAN 反演：最佳化步數（越多：匹配越接近，等待越久）</translation>
    </message>
    <message>
        <source>Go to point</source>
        <translation>前往該點</translation>
    </message>
    <message>
        <source>Make the image&apos;s latent the current point (done automatically when it is found)</source>
        <translation>將影像的潛在向量設為當前點（找到後會自動執行）</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>書籤</translation>
    </message>
    <message>
        <source>Keep the image&apos;s point in Bookmarks</source>
        <translation>將影像的點儲存到書籤</translation>
    </message>
    <message>
        <source>Add to path</source>
        <translation>新增到路徑</translation>
    </message>
    <message>
        <source>Use the image&apos;s point as the next keyframe of the path</source>
        <translation>將影像的點用作路徑的下一個關鍵幀</translation>
    </message>
    <message>
        <source>latent dimension</source>
        <translation>潛在維度</translation>
    </message>
    <message>
        <source>For each latent number: the encoder&apos;s mean (bar centre) ± its uncertainty σ (bar), and where the current point is (red dot). Thin bars: the image pins that number down; bars near ±1 wide: it barely matters to the image.</source>
        <translation>對每個潛在數：編碼器的均值（條形中心）± 其不確定度 σ（條形），以及當前點的位置（紅點）。細條：影像確定了這個數；接近 ±1 寬的條：它對影像幾乎沒有影響。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source}&lt;/b&gt; {what}{state}&lt;br&gt;error (MSE) {err} · PSNR {psnr} dB</source>
        <translation>&lt;b&gt;{source}&lt;/b&gt; {what}{state}&lt;br&gt;誤差（MSE）{err} · PSNR {psnr} dB</translation>
    </message>
    <message>
        <source>Drop an
image here
(PNG, JPG…)</source>
        <translation>將影像
拖放到這裡
（PNG、JPG…）</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>請先開啟一個模型。</translation>
    </message>
    <message>
        <source>There is no bundled sample of the dataset {name}</source>
        <translation>沒有資料集 {name} 的內建樣本</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>The encoder maps it to a mean and an uncertainty σ per latent number.</source>
        <translation>編碼器將其對映為每個潛在數的均值和不確定度 σ。</translation>
    </message>
    <message>
        <source>A GAN has no encoder: the latent is found by optimisation (a few seconds).</source>
        <translation>GAN 沒有編碼器：潛在向量通過最佳化求得（需要幾秒鐘）。</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>Drop a picture, open one, or take a test image. It is converted to {w}×{h} {colours}. {how}</source>
        <translation>拖入一張圖片、開啟一張，或使用測試影像。它會被轉換為 {w}×{h} {colours}。{how}</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>編碼影像</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Encoded the first of %n dropped file(s)</source>
        <translation>
            <numerusform>已編碼拖入的 %n 個檔案中的第一個</numerusform>
        </translation>
    </message>
    <message>
        <source>The dropped data is not an image</source>
        <translation>拖入的資料不是影像</translation>
    </message>
    <message>
        <source>Encoding {what}…</source>
        <translation>正在編碼 {what}…</translation>
    </message>
    <message>
        <source>Inverting {what}…</source>
        <translation>正在反演 {what}…</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>%v/%m · error {err}</source>
        <translation>%v/%m · 誤差 {err}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Could not use it:&lt;/span&gt; {text}</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;無法使用：&lt;/span&gt;{text}</translation>
    </message>
    <message>
        <source>encoded</source>
        <translation>已編碼</translation>
    </message>
    <message>
        <source>inverted</source>
        <translation>已反演</translation>
    </message>
    <message>
        <source> — &lt;b&gt;cancelled&lt;/b&gt; after {n} steps: best so far</source>
        <translation> — 在 {n} 步後&lt;b&gt;已取消&lt;/b&gt;：目前最佳</translation>
    </message>
    <message>
        <source>The search brought the error from {first} (best random start) to {best} in {steps} steps.</source>
        <translation>搜尋在 {steps} 步內將誤差從 {first}（最佳隨機起點）降到 {best}。</translation>
    </message>
    <message>
        <source>Mean ± σ of the encoder for each latent number below; the sliders (raw axes) show the same bands. Typical σ here: {sigma}.</source>
        <translation>下方為編碼器對每個潛在數的均值 ± σ；滑塊（原始座標軸）顯示相同的區間。此處典型的 σ：{sigma}。</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Claims</source>
        <extracomment>a font size set in points by a label&apos;s own stylesheet (what :meth:`EvidencePanel.set_font_scale` rewrites) a claim card puts the VAE and GAN claims side by side only when each column gets this many average characters the width the card may take (the panel&apos;s), when that is less than its own body text size in pixels while scaled up (presentation mode); None: the sizes as designed</extracomment>
        <translation>論斷</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> 個樣本</translation>
    </message>
    <message>
        <source>How many samples to generate when measuring (latentlab eval uses 10,000; fewer is quicker but FID is then biased upwards)</source>
        <translation>測量時生成多少樣本（latentlab eval 使用 10,000 個；更少會更快，但 FID 會因此偏高）</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>數值</translation>
    </message>
    <message>
        <source>Top: share of generated samples the dataset&apos;s classifier puts in each class (dashed: an even share, 1/K; mode collapse shows as missing or tall bars). Bottom: the losses logged during training, on their real values (a log scale when all are positive, as a VAE&apos;s are; the dashed curve is the total; smooth = stable, jagged = oscillating).</source>
        <translation>上圖：資料集分類器將生成樣本歸入各類別的比例（虛線：均勻比例 1/K；模式崩潰表現為缺失或過高的柱）。下圖：訓練期間記錄的損失，按其真實值繪製（當全部為正值時使用對數刻度，VAE 的損失即是如此；虛線為總損失；平滑 = 穩定，鋸齒 = 振盪）。</translation>
    </message>
    <message>
        <source>Coverage &amp;&amp; training</source>
        <translation>覆蓋率和訓練</translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation>無資料集</translation>
    </message>
    <message>
        <source>Claims checked on the {dataset} models ({models}); left out: {left_out}: figures are only compared on the same dataset.</source>
        <translation>論斷已在 {dataset} 模型（{models}）上檢驗；未包含：{left_out}：數值只在同一資料集上比較。</translation>
    </message>
    <message>
        <source>unknown dataset</source>
        <translation>未知資料集</translation>
    </message>
    <message>
        <source>Open models to check the claims against them.</source>
        <translation>開啟模型以用它們檢驗論斷。</translation>
    </message>
    <message>
        <source>Not measured yet: {models} — use Compute in the Figures tab (or run latentlab eval).</source>
        <translation>尚未測量：{models} — 請使用“數值”標籤頁中的“計算”（或執行 latentlab eval）。</translation>
    </message>
    <message>
        <source>{measured} of {total} claims could be checked with figures from the model cards.</source>
        <translation>{total} 條論斷中有 {measured} 條可用模型卡中的數值檢驗。</translation>
    </message>
    <message>
        <source>The measured figures agree with the claim for every VAE-GAN pair</source>
        <translation>對每一對 VAE-GAN，測量數值都與論斷一致</translation>
    </message>
    <message>
        <source>The measured figures do not agree with the claim</source>
        <translation>測量數值與論斷不一致</translation>
    </message>
    <message>
        <source>No figure to test this claim with yet</source>
        <translation>尚無可檢驗此論斷的數值</translation>
    </message>
    <message>
        <source>VAE claim:</source>
        <translation>VAE 論斷：</translation>
    </message>
    <message>
        <source>GAN claim:</source>
        <translation>GAN 論斷：</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{tint}; font-weight:700&apos;&gt;{who}&lt;/span&gt; {text}</source>
        <translation>&lt;span style=&apos;color:{tint}; font-weight:700&apos;&gt;{who}&lt;/span&gt; {text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence:&lt;/b&gt; {evidence}</source>
        <translation>&lt;b&gt;證據：&lt;/b&gt;{evidence}</translation>
    </message>
    <message>
        <source>Figures used: {figures}</source>
        <translation>使用的數值：{figures}</translation>
    </message>
    <message>
        <source>Measured in the dataset classifier&apos;s feature space against real test images (latentlab eval).</source>
        <translation>在資料集分類器的特徵空間中，對照真實測試影像測量（latentlab eval）。</translation>
    </message>
    <message>
        <source> Different datasets ({datasets}): compare figures only within one dataset; best shaded among the {dataset} models.</source>
        <translation> 不同的資料集（{datasets}）：只在同一資料集內比較數值；在 {dataset} 模型中以底色標出最佳者。</translation>
    </message>
    <message>
        <source> Best model per row shaded.</source>
        <translation> 每行最佳模型以底色標出。</translation>
    </message>
    <message>
        <source>Measure in the background:</source>
        <translation>在後臺測量：</translation>
    </message>
    <message>
        <source>Measure again: {model}</source>
        <translation>重新測量：{model}</translation>
    </message>
    <message>
        <source>Compute: {model}</source>
        <translation>計算：{model}</translation>
    </message>
    <message>
        <source>Measure {model} now (FID, KID, precision/recall, sharpness, coverage, path length) and write the figures into its model card</source>
        <translation>現在測量 {model}（FID、KID、精確率/召回率、清晰度、覆蓋率、路徑長度）並把數值寫入其模型卡</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未測量</translation>
    </message>
    <message>
        <source>{model} · class coverage</source>
        <translation>{model} · 類別覆蓋率</translation>
    </message>
    <message>
        <source>entropy {entropy} (1 = even)</source>
        <translation>熵 {entropy}（1 = 均勻）</translation>
    </message>
    <message>
        <source> · rarest class {share}</source>
        <translation> · 最少見類別 {share}</translation>
    </message>
    <message>
        <source>
(dashed line: an even share, 1/{k} = {share})</source>
        <translation>
（虛線：均勻比例，1/{k} = {share}）</translation>
    </message>
    <message>
        <source>oscillation {value} ({curve}, 0 = smooth)</source>
        <translation>振盪 {value}（{curve}，0 = 平滑）</translation>
    </message>
    <message>
        <source>{curve}: {low} to {high}</source>
        <translation>{curve}：{low} 到 {high}</translation>
    </message>
    <message>
        <source>dashed: even share 1/{k}</source>
        <translation>虛線：均勻比例 1/{k}</translation>
    </message>
    <message>
        <source>not measured: Compute it in the Figures tab</source>
        <translation>未測量：請在“數值”標籤頁中計算</translation>
    </message>
    <message>
        <source>no training log in the model card</source>
        <translation>模型卡中沒有訓練日誌</translation>
    </message>
    <message>
        <source>The losses logged during training, on the axis&apos;s real values:</source>
        <translation>訓練期間記錄的損失，按座標軸的真實值：</translation>
    </message>
    <message>
        <source>{model} · training losses</source>
        <translation>{model} · 訓練損失</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>訓練步數</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>損失（對數刻度）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>損失</translation>
    </message>
</context>
<context>
    <name>ExplorerFeature</name>
    <message>
        <source>(none yet)</source>
        <translation>（暫無）</translation>
    </message>
    <message>
        <source>  (missing)</source>
        <translation>  （缺失）</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>自動（最佳可用）</translation>
    </message>
    <message>
        <source>MPS (Apple GPU)</source>
        <translation>MPS（Apple GPU）</translation>
    </message>
    <message>
        <source>Use a GPU when there is one, else the CPU</source>
        <translation>有 GPU 時使用 GPU，否則使用 CPU</translation>
    </message>
    <message>
        <source>Run the model on {0}</source>
        <translation>在 {0} 上執行模型</translation>
    </message>
    <message>
        <source>Models ({0});;All files (*)</source>
        <translation>模型 ({0});;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation>請先開啟一個模型</translation>
    </message>
    <message>
        <source>Open or import a model</source>
        <translation>開啟或匯入模型</translation>
    </message>
    <message>
        <source>Export image ({0} px)</source>
        <translation>匯出影像（{0} 像素）</translation>
    </message>
    <message>
        <source>Export grid</source>
        <translation>匯出網格</translation>
    </message>
    <message>
        <source>Save latent</source>
        <translation>儲存潛在向量</translation>
    </message>
    <message>
        <source>Load latent</source>
        <translation>載入潛在向量</translation>
    </message>
    <message>
        <source>Latent or export (*.json *.png);;All files (*)</source>
        <translation>潛在向量或匯出檔案 (*.json *.png);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>儲存會話</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>開啟會話</translation>
    </message>
    <message>
        <source>Nothing to copy yet</source>
        <translation>還沒有可複製的內容</translation>
    </message>
    <message>
        <source>Copied the image ({0}×{1} px) to the clipboard</source>
        <translation>已將影像（{0}×{1} 像素）複製到剪貼簿</translation>
    </message>
</context>
<context>
    <name>ExplorerState</name>
    <message>
        <source>Point {n}</source>
        <extracomment>the latent moved; argument: list of changed coefficient indices, or None for &quot;all&quot; the longer side of an exported or copied image, in pixels: slide-ready by default True while the point is exactly the sample of ``seed`` (so truncation can re-draw it)</extracomment>
        <translation>點 {n}</translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>figure</source>
        <extracomment>rows of the figures table: (key, label, which way is better)</extracomment>
        <translation>數值</translation>
    </message>
    <message>
        <source>better</source>
        <translation>更好</translation>
    </message>
    <message>
        <source>n = {n}</source>
        <translation>n = {n}</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未測量</translation>
    </message>
    <message>
        <source>real vs real
(floor)</source>
        <translation>真實 vs 真實
（下限）</translation>
    </message>
    <message>
        <source>The same figure between two sets of real images: what a perfect generator would score</source>
        <translation>兩組真實影像之間的同一數值：完美生成器會得到的分數</translation>
    </message>
    <message>
        <source>{model}&apos;s card holds no {figure}: press Compute below (or run latentlab eval {model})</source>
        <translation>{model} 的模型卡中沒有 {figure}：請按下方的“計算”（或執行 latentlab eval {model}）</translation>
    </message>
    <message>
        <source>Best {figure} of the models trained on {dataset}</source>
        <translation>在 {dataset} 上訓練的模型中最佳的 {figure}</translation>
    </message>
</context>
<context>
    <name>Filmstrip</name>
    <message>
        <source>Every frame of the path. Click or drag to scrub (instant: the frames are ready), double-click a frame to make its point the current one. Marked: the keyframes.</source>
        <translation>路徑的每一幀。點選或拖動即可瀏覽（即時：幀已就緒），雙擊某幀可將其點設為當前點。標記的是關鍵幀。</translation>
    </message>
</context>
<context>
    <name>GridCanvas</name>
    <message>
        <source>Samples appear here</source>
        <translation>樣本會顯示在這裡</translation>
    </message>
    <message>
        <source>Seed {seed}: click to make it the current point</source>
        <translation>種子 {seed}：點選將其設為當前點</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>The image the model draws for the current point. Scroll to zoom, drag to move around, double-click to fit it to the window again.</source>
        <translation>模型為當前點繪製的影像。滾動縮放，拖動移動，雙擊使其重新適應視窗。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No model open&lt;/h2&gt;&lt;p&gt;Pick a model on the left, use File ▸ Open (Ctrl+O),&lt;br&gt;or drop a &lt;tt&gt;.safetensors&lt;/tt&gt; file onto this window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;未開啟模型&lt;/h2&gt;&lt;p&gt;在左側選擇一個模型，使用 檔案 ▸ 開啟（Ctrl+O），&lt;br&gt;或將 &lt;tt&gt;.safetensors&lt;/tt&gt; 檔案拖放到此視窗。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which model drew this image, and from which point: a seed (a reproducible random point) or a point you edited with the sliders</source>
        <translation>哪個模型畫了這張影像，以及來自哪個點：一個種子（可復現的隨機點）或您用滑塊編輯過的點</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>適應視窗</translation>
    </message>
    <message>
        <source>Fit the image to the window (double-click the image does the same)</source>
        <translation>使影像適應視窗（雙擊影像效果相同）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Pixel grid</source>
        <translation>像素網格</translation>
    </message>
    <message>
        <source>Draw a line around every pixel (visible when zoomed in) — the model makes the image one pixel at a time</source>
        <translation>在每個像素周圍畫線（放大時可見）— 模型逐像素生成影像</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Blend enlarged pixels smoothly; off, each pixel is drawn as a crisp square (nearest)</source>
        <translation>平滑混合放大後的像素；關閉時每個像素都繪製為清晰的方塊（最近鄰）</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>尺寸：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>The longer side of the exported or copied PNG, in pixels (512 or more is sharp on a projector)</source>
        <translation>匯出或複製的 PNG 的長邊，以像素計（512 及以上在投影機上清晰）</translation>
    </message>
    <message>
        <source>Pixelated</source>
        <translation>像素化</translation>
    </message>
    <message>
        <source>How the small image is enlarged: pixelated keeps every model pixel a sharp square (by a whole factor); smooth blends them (Lanczos)</source>
        <translation>小影像的放大方式：像素化讓模型的每個像素保持為清晰的方塊（按整數倍放大）；平滑則將它們混合（Lanczos）</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>匯出 PNG…</translation>
    </message>
    <message>
        <source>Save this image as a PNG file, with a .json file beside it that can recreate it exactly (Ctrl+E)</source>
        <translation>將此影像儲存為 PNG 檔案，旁邊附帶一個可精確重建它的 .json 檔案（Ctrl+E）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Copy this image to the clipboard (Ctrl+Shift+C)</source>
        <translation>將此影像複製到剪貼簿（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>{w}×{h} colour</source>
        <translation>{w}×{h} 彩色</translation>
    </message>
    <message>
        <source>{w}×{h} grey</source>
        <translation>{w}×{h} 灰階</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>種子 {seed}</translation>
    </message>
    <message>
        <source>edited point</source>
        <translation>已編輯的點</translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>類別 {name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {0}</source>
        <extracomment>the preview grid is drawn at about this many pixels a side a match (or a failure) has been shown; tests and lessons wait for it</extracomment>
        <translation>匯入 {0}</translation>
    </message>
    <message>
        <source>Reading {0} (tensors only: no code in it is run)…</source>
        <translation>正在讀取 {0}（僅張量：不會執行其中的任何程式碼）…</translation>
    </message>
    <message>
        <source>Automatic (try every known architecture)</source>
        <translation>自動（嘗試所有已知架構）</translation>
    </message>
    <message>
        <source>The architecture the weights belong to; automatic matching reads it off the tensors&apos; names and shapes</source>
        <translation>權重所屬的架構；自動匹配會根據張量的名稱和形狀識別</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>What it was trained on (optional): recorded in the model card, and its class names are used when the count fits</source>
        <translation>訓練所用的資料（選填）：會記錄在模型卡中，若類別數相符則使用其類別名稱</translation>
    </message>
    <message>
        <source>optional, comma-separated: cat, dog, …</source>
        <translation>選填，用逗號分隔：cat, dog, …</translation>
    </message>
    <message>
        <source>Class names of a conditional model, in label order</source>
        <translation>條件模型的類別名稱，按標籤順序</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架構</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>潛在向量</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>輸出</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Class names</source>
        <translation>類別名稱</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Seeds 0 to 15 drawn by the imported model</source>
        <translation>由匯入的模型繪製的種子 0 到 15</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細資訊…</translation>
    </message>
    <message>
        <source>Import and open</source>
        <translation>匯入並開啟</translation>
    </message>
    <message>
        <source>{0} numbers</source>
        <translation>{0} 個數</translation>
    </message>
    <message>
        <source> (the original takes (N, {0}))</source>
        <translation>（原模型接受 (N, {0})）</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>灰階</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>{0} in {1}</source>
        <translation>{1} 中的 {0}</translation>
    </message>
    <message>
        <source>{0} channel(s), {1}×{2} ({3})</source>
        <translation>{0} 個通道，{1}×{2}（{3}）</translation>
    </message>
    <message>
        <source>tanh, [-1, 1]</source>
        <translation>tanh，[-1, 1]</translation>
    </message>
    <message>
        <source>sigmoid, [0, 1]</source>
        <translation>sigmoid，[0, 1]</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <source>none (unconditional)</source>
        <translation>無（無條件）</translation>
    </message>
    <message>
        <source>Matched {0}. Check the shapes and the samples, then import.</source>
        <translation>已匹配 {0}。請檢查形狀和樣本，然後匯入。</translation>
    </message>
    <message>
        <source>If you know the architecture, choose it above; a generator of another kind opens as a TorchScript file with a JSON manifest (README ▸ Bring your own model).</source>
        <translation>如果您知道架構，請在上方選擇；其他類型的生成器可作為帶 JSON 清單的 TorchScript 檔案開啟（README ▸ Bring your own model）。</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在寫入 {0}…</translation>
    </message>
</context>
<context>
    <name>LatentFeature</name>
    <message>
        <source>seed {seed}</source>
        <translation>種子 {seed}</translation>
    </message>
    <message>
        <source>The path was not recorded: lessons store paths of seeds only, and this path has keyframes from other sources (encoded images, bookmarks or edited points).</source>
        <translation>路徑未被記錄：課程只儲存由種子組成的路徑，而此路徑含有其他來源的關鍵幀（編碼的影像、書籤或編輯過的點）。</translation>
    </message>
    <message>
        <source>The path&apos;s frame counts differ between segments; they were not recorded (the lesson uses its default).</source>
        <translation>路徑各段的幀數不同；未記錄它們（課程使用預設值）。</translation>
    </message>
</context>
<context>
    <name>LatentJobs</name>
    <message>
        <source>{n:,} {dataset} test images, encoded (the encoder&apos;s means)</source>
        <extracomment>points on the latent map (the bundled data sample has 2,000 images) most principal components offered as map axes frames decoded per batch when rendering a path; the same as core.interpolation.render_path&apos;s default, so the app&apos;s frames are bit-identical to ``latentlab interpolate --keyframes`` factor name → (N,) float32 value per point: the labels of real images, or what the factor network reads in samples (a category as its value&apos;s index); empty when the dataset has none categorical factor name → its value names (a factor not listed here is a number)</extracomment>
        <translation>{n:,} 張 {dataset} 測試影像，已編碼（編碼器的均值）</translation>
    </message>
    <message>
        <source>This VAE is given the class as an input, so its latents need not separate the classes</source>
        <translation>此 VAE 將類別作為輸入，因此其潛在向量不必區分各類別</translation>
    </message>
    <message>
        <source>Points are not coloured by class: {why}</source>
        <translation>點未按類別著色：{why}</translation>
    </message>
    <message>
        <source>Points are not coloured by class: the {dataset} classifier takes {x0} images, the model draws {x1}</source>
        <translation>點未按類別著色：{dataset} 分類器接受 {x0} 的影像，而模型繪製的是 {x1}</translation>
    </message>
    <message>
        <source>{n:,} samples of the prior</source>
        <translation>{n:,} 個先驗樣本</translation>
    </message>
    <message>
        <source>, coloured by the class the classifier sees</source>
        <translation>，按分類器看到的類別著色</translation>
    </message>
    <message>
        <source>Each sample got a random class as input: in a conditional model the class does not come from z, so the colours mix</source>
        <translation>每個樣本都以隨機類別作為輸入：在條件模型中類別不是來自 z，因此顏色會混雜</translation>
    </message>
    <message>
        <source>the model does not say which dataset it imitates</source>
        <translation>該模型未說明它模仿的是哪個資料集</translation>
    </message>
    <message>
        <source>the classifier for {dataset!r} could not be found ({exc})</source>
        <translation>找不到 {dataset!r} 的分類器（{exc}）</translation>
    </message>
    <message>
        <source>no classifier (feature network) for {dataset!r} is installed</source>
        <translation>未安裝 {dataset!r} 的分類器（特徵網路）</translation>
    </message>
    <message>
        <source>there is no bundled sample of the dataset {x0!r} to pick an image from; drop an image file instead</source>
        <translation>資料集 {x0!r} 沒有可供挑選影像的內建樣本；請改為拖入一個影像檔案</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>{dataset} test image #{i} ({x0})</source>
        <translation>{dataset} 測試影像 #{i}（{x0}）</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>拖入的影像</translation>
    </message>
    <message>
        <source>{name}: a folder, not an image file</source>
        <translation>{name}：是資料夾，不是影像檔案</translation>
    </message>
    <message>
        <source>{dataset} has no factor network to steer by</source>
        <translation>{dataset} 沒有可用於引導的因素網路</translation>
    </message>
    <message>
        <source>the factor network does not read {name}</source>
        <translation>因素網路不讀取 {name}</translation>
    </message>
</context>
<context>
    <name>LatentMap</name>
    <message>
        <source>What the map shows across: a principal component (PC) of the points — the directions in which they spread most — or one raw latent coordinate z_i</source>
        <extracomment>the map&apos;s points are computed this long after the map is shown with a new model</extracomment>
        <translation>地圖橫向顯示的內容：這些點的一個主成分（PC）— 它們分佈最廣的方向 — 或一個原始潛在座標 z_i</translation>
    </message>
    <message>
        <source>What the map shows up: a principal component (PC) of the points — the directions in which they spread most — or one raw latent coordinate z_i</source>
        <translation>地圖縱向顯示的內容：這些點的一個主成分（PC）— 它們分佈最廣的方向 — 或一個原始潛在座標 z_i</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>Show what the decoder draws all over the visible part of the map, instead of the points (for a 2-D latent this is the whole learned manifold). Zoom or pan and it is drawn again for what you see. Click an image to go there.</source>
        <translation>在地圖的整個可見區域顯示解碼器繪製的內容，而不是點（對於二維潛在空間，這就是整個學到的流形）。縮放或平移後會為所見區域重新繪製。點選影像即可前往。</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>適應視窗</translation>
    </message>
    <message>
        <source>Show all the points (double-click the map does the same)</source>
        <translation>顯示所有點（雙擊地圖效果相同）</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>What the points&apos; colours show: the class, or one of the dataset&apos;s factors (for real images their known values, for samples what the factor network reads in them)</source>
        <translation>點的顏色表示什麼：類別，或資料集的某個因素（真實影像用其已知值，樣本用因素網路從中讀出的值）</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Open a model to see its latent space</source>
        <translation>開啟一個模型以檢視其潛在空間</translation>
    </message>
    <message>
        <source>The map needs a latent with at least two numbers</source>
        <translation>地圖需要至少有兩個數的潛在向量</translation>
    </message>
    <message>
        <source>Encoding the test images… (the map fills in when they are done)</source>
        <translation>正在編碼測試影像…（完成後地圖會填滿）</translation>
    </message>
    <message>
        <source>Drawing samples… (the map fills in when they are done). The points will not be coloured by class: {reason}</source>
        <translation>正在繪製樣本…（完成後地圖會被填充）。這些點不會按類別著色：{reason}</translation>
    </message>
    <message>
        <source>Drawing and classifying samples… (the map fills in when they are done)</source>
        <translation>正在繪製並分類樣本…（完成後地圖會填滿）</translation>
    </message>
    <message>
        <source>What the decoder draws all over the whole 2-D latent space. Zoom or pan to see more; click an image to go there.</source>
        <translation>解碼器在整個二維潛在空間上繪製的內容。縮放或平移以檢視更多；點選影像即可前往。</translation>
    </message>
    <message>
        <source>What the decoder draws all over the plane through the current point along these two axes (the other numbers stay as they are). Zoom or pan to see more; click an image to go there.</source>
        <translation>解碼器在經過當前點、沿這兩個軸的平面上繪製的內容（其他數保持不變）。縮放或平移以檢視更多；點選影像即可前往。</translation>
    </message>
    <message>
        <source>{source}. Click to go somewhere, drag the target, hover a point to see it.</source>
        <translation>{source}。點選前往某處，拖動目標，懸停在點上檢視它。</translation>
    </message>
    <message>
        <source>The map could not be drawn: {reason}</source>
        <translation>無法繪製地圖：{reason}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>principal component {i}</source>
        <translation>主成分 {i}</translation>
    </message>
    <message>
        <source>test image {i} · class {name}</source>
        <translation>測試影像 {i} · 類別 {name}</translation>
    </message>
    <message>
        <source>sample {i} · looks like {name}</source>
        <translation>樣本 {i} · 看起來像 {name}</translation>
    </message>
    <message>
        <source>test image {i}</source>
        <translation>測試影像 {i}</translation>
    </message>
    <message>
        <source>sample {i}</source>
        <translation>樣本 {i}</translation>
    </message>
</context>
<context>
    <name>LatentSliders</name>
    <message>
        <source>What the sliders move along.</source>
        <translation>滑塊沿什麼移動。</translation>
    </message>
    <message>
        <source>The class the directions start from: each slider then leads towards another class</source>
        <translation>方向的起始類別：每個滑塊通向另一個類別</translation>
    </message>
    <message>
        <source>from</source>
        <translation>從</translation>
    </message>
    <message>
        <source>Go to mean</source>
        <translation>前往均值</translation>
    </message>
    <message>
        <source>Jump to the average point of this class</source>
        <translation>跳到此類別的平均點</translation>
    </message>
    <message>
        <source>How far the sliders reach, in standard deviations of the prior. Almost all training samples lie within ±3.</source>
        <translation>滑塊的範圍，以先驗的標準差為單位。幾乎所有訓練樣本都在 ±3 以內。</translation>
    </message>
    <message>
        <source>Sliders move along</source>
        <translation>滑塊沿</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>範圍</translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation>請先開啟一個模型</translation>
    </message>
    <message>
        <source>Showing the first {MAX_ROWS} of {size} sliders.</source>
        <translation>顯示 {size} 個滑塊中的前 {MAX_ROWS} 個。</translation>
    </message>
    <message>
        <source>Fitted on {x0}. Sliders add to the point you were at.</source>
        <translation>擬合自：{x0}。滑塊會加到您原來所在的點上。</translation>
    </message>
    <message>
        <source>Shaded: the encoded image&apos;s mean {mean:+.2f} ± σ {sigma:.2f} (where the encoder thinks this number lies)</source>
        <translation>陰影：編碼影像的均值 {mean:+.2f} ± σ {sigma:.2f}（編碼器認為此數值所在之處）</translation>
    </message>
</context>
<context>
    <name>LatentTools</name>
    <message>
        <source>Could not draw the latent map: {reason}</source>
        <extracomment>width the path editor and the encode panel ask for when their tab is shown the map&apos;s background work starts a batch only after this long without a new frame being asked for</extracomment>
        <translation>無法繪製潛在空間地圖：{reason}</translation>
    </message>
    <message>
        <source>Could not draw the decoded images: {reason}</source>
        <translation>無法繪製解碼的影像：{reason}</translation>
    </message>
    <message>
        <source>Open a model first, then drop an image on it</source>
        <translation>請先開啟一個模型，然後將影像拖放到上面</translation>
    </message>
    <message>
        <source>An inversion is still running: wait for it or press Cancel</source>
        <translation>反演仍在進行：請等待或按“取消”</translation>
    </message>
    <message>
        <source>test image #{x0}</source>
        <translation>測試影像 #{x0}</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>拖入的影像</translation>
    </message>
    <message>
        <source>Inverting {what}: searching for the latent whose image matches it…</source>
        <translation>正在反演 {what}：搜尋其影像與之匹配的潛在向量…</translation>
    </message>
    <message>
        <source>The result for {source} belongs to a model that is no longer open; it was put aside</source>
        <translation>{source} 的結果屬於一個已不再開啟的模型；已將其擱置</translation>
    </message>
    <message>
        <source>Inversion of {source} cancelled after {steps} steps. The best match so far is shown (error {error:.4f}); the current point was not changed — use “Go to point” to take it.</source>
        <translation>{source} 的反演在 {steps} 步後取消。顯示目前最佳的匹配（誤差 {error:.4f}）；當前點未改變 — 請用“前往該點”採用它。</translation>
    </message>
    <message>
        <source>Encoded</source>
        <translation>已編碼</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>已反演</translation>
    </message>
    <message>
        <source>{what} {source}: mean squared error {error:.4f}</source>
        <translation>{what} {source}：均方誤差 {error:.4f}</translation>
    </message>
    <message>
        <source>Could not use that image: {text}. Nothing was changed.</source>
        <translation>無法使用該影像：{text}。未做任何更改。</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>編碼影像</translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation>請先開啟一個模型</translation>
    </message>
    <message>
        <source>Could not add the keyframe: {exc}</source>
        <translation>無法新增關鍵幀：{exc}</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Added keyframe {count}: {name}</source>
        <translation>已新增關鍵幀 {count}：{name}</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>種子 {seed}</translation>
    </message>
    <message>
        <source>point {n}</source>
        <translation>點 {n}</translation>
    </message>
    <message>
        <source>current point</source>
        <translation>當前點</translation>
    </message>
    <message>
        <source>Move the slider to sweep along first</source>
        <translation>請先移動要掃過的滑塊</translation>
    </message>
    <message>
        <source>sweep along {name}</source>
        <translation>沿 {name} 掃過</translation>
    </message>
    <message>
        <source>The path sweeps along {name} from {low:+g} to {high:+g}</source>
        <translation>路徑沿 {name} 從 {low:+g} 掃到 {high:+g}</translation>
    </message>
    <message>
        <source>Only a named factor&apos;s slider (a smile, say) can be steered: choose Attribute directions of a model whose dataset has a factor network</source>
        <translation>只有命名因素的滑塊（例如微笑）可以引導：請為資料集帶有因素網路的模型選擇「屬性方向」</translation>
    </message>
    <message>
        <source>steered sweep along {name}</source>
        <translation>沿 {name} 的引導掃過</translation>
    </message>
    <message>
        <source>The path sweeps along {name} from {low:+g} to {high:+g}, steered so that the factor network reads every other factor unchanged</source>
        <translation>路徑沿 {name} 從 {low:+g} 掃到 {high:+g}，並經過引導，使因素網路讀到的其他所有因素保持不變</translation>
    </message>
    <message>
        <source>Could not steer the sweep: {reason}</source>
        <translation>無法引導掃過：{reason}</translation>
    </message>
    <message>
        <source>Bookmark {name!r} has {n} numbers; {model} needs {latent_dim}</source>
        <translation>書籤 {name!r} 有 {n} 個數；{model} 需要 {latent_dim} 個</translation>
    </message>
    <message>
        <source>bookmark {name}</source>
        <translation>書籤 {name}</translation>
    </message>
    <message>
        <source>Encode an image first</source>
        <translation>請先編碼一張影像</translation>
    </message>
    <message>
        <source>encoded {source}</source>
        <translation>已編碼的 {source}</translation>
    </message>
    <message>
        <source>inverted {source}</source>
        <translation>已反演的 {source}</translation>
    </message>
    <message>
        <source>Bookmarked {name!r}</source>
        <translation>已加入書籤：{name!r}</translation>
    </message>
    <message>
        <source>Could not render the path: {reason}</source>
        <translation>無法渲染路徑：{reason}</translation>
    </message>
    <message>
        <source>A path needs at least two keyframes</source>
        <translation>路徑至少需要兩個關鍵幀</translation>
    </message>
    <message>
        <source>Could not save the keyframes: {reason}</source>
        <translation>無法儲存關鍵幀：{reason}</translation>
    </message>
    <message>
        <source>Save keyframes</source>
        <translation>儲存關鍵幀</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n keyframe(s) to {out}</source>
        <translation>
            <numerusform>已將 %n 個關鍵幀儲存到 {out}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a model first: keyframes belong to a model</source>
        <translation>請先開啟一個模型：關鍵幀屬於某個模型</translation>
    </message>
    <message>
        <source>{name} holds keyframes with {n} numbers</source>
        <translation>{name} 中的關鍵幀有 {n} 個數</translation>
    </message>
    <message>
        <source> (made with {made})</source>
        <translation>（用 {made} 製作）</translation>
    </message>
    <message>
        <source>; {model} needs {n}</source>
        <translation>；{model} 需要 {n} 個</translation>
    </message>
    <message>
        <source>Could not open the keyframes: {text}. The current path is unchanged.</source>
        <translation>無法開啟關鍵幀：{text}。當前路徑未改變。</translation>
    </message>
    <message>
        <source>Open keyframes</source>
        <translation>開啟關鍵幀</translation>
    </message>
    <message>
        <source>{name} was made with {made}; it is opened with {model} (same latent size, different model: the images will differ)</source>
        <translation>{name} 是用 {made} 製作的；現在用 {model} 開啟（潛在向量大小相同，但模型不同：影像會有所不同）</translation>
    </message>
    <message>
        <source>Some keyframes of {name} have no class; they use the current class</source>
        <translation>{name} 中的一些關鍵幀沒有類別；它們使用當前類別</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n keyframe(s) ({frame_count} frames) from {name}</source>
        <translation>
            <numerusform>已從 {name} 開啟 %n 個關鍵幀（{frame_count} 幀）</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a path first: add at least two keyframes</source>
        <translation>請先建立路徑：至少新增兩個關鍵幀</translation>
    </message>
    <message>
        <source>The path is not rendered yet</source>
        <translation>路徑尚未渲染</translation>
    </message>
    <message>
        <source>An export is still being written</source>
        <translation>仍在寫入一個匯出檔案</translation>
    </message>
    <message>
        <source>GIFs play at most {GIF_MAX_FPS} frames per second (browsers slow faster ones down): this one plays at {GIF_MAX_FPS}</source>
        <translation>GIF 最多每秒播放 {GIF_MAX_FPS} 幀（瀏覽器會放慢更快的）：此 GIF 以 {GIF_MAX_FPS} 幀播放</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在寫入 {name}…</translation>
    </message>
    <message>
        <source>looping GIF</source>
        <translation>迴圈 GIF</translation>
    </message>
    <message>
        <source>video</source>
        <translation>影片</translation>
    </message>
    <message>
        <source>contact sheet</source>
        <translation>縮圖表</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Exported the path ({frame_count} frames) as a {what}: {out}</source>
        <translation>已將路徑（{frame_count} 幀）匯出為{what}：{out}</translation>
    </message>
    <message>
        <source>Could not export the path: {reason}</source>
        <translation>無法匯出路徑：{reason}</translation>
    </message>
    <message>
        <source>Export path</source>
        <translation>匯出路徑</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <source>Step of the lesson (Page Down / → next, Page Up / ← back)</source>
        <extracomment>the lesson bar outside presentation mode (the light theme has no rules for it) Qt sent LanguageChange (a translator was installed): the open lesson&apos;s text should follow which control the step points at this model lacks, and why (&quot;&quot; hides it)</extracomment>
        <translation>課程步驟（Page Down / → 下一步，Page Up / ← 上一步）</translation>
    </message>
    <message>
        <source>Previous step (Page Up or ←)</source>
        <translation>上一步（Page Up 或 ←）</translation>
    </message>
    <message>
        <source>Next step (Page Down or →)</source>
        <translation>下一步（Page Down 或 →）</translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation>關閉課程</translation>
    </message>
    <message numerus="yes">
        <source>Step %n</source>
        <comment>a lesson step without a title of its own</comment>
        <translation>
            <numerusform>第 %n 步</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <source>the compare view</source>
        <extracomment>sweep of ``animate = true`` along a direction: amplitude (σ) and period (s) what each view is called in the note of a step whose view this window lacks</extracomment>
        <translation>模型對比檢視</translation>
    </message>
    <message>
        <source>the latent map</source>
        <translation>潛在空間地圖</translation>
    </message>
    <message>
        <source>the path editor</source>
        <translation>路徑編輯器</translation>
    </message>
    <message>
        <source>live training</source>
        <translation>即時訓練</translation>
    </message>
    <message>
        <source>the scoring</source>
        <extracomment>what each action a step&apos;s ``run`` starts is called in the lesson bar&apos;s note when it cannot start</extracomment>
        <translation>評分</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <extracomment>the current step is fully applied (model open, point set); for tests and recordings the lesson bar&apos;s note on a highlighted control the open model lacks (&quot;&quot; when none) start (or switch) live-training runs when a step asks for them where &quot;Record step&quot; appends (None: asks, defaulting to a file in the user&apos;s folder) the token of the step waiting for its model to open (its highlight waits for the model) what the last recorded step could not include (e.g. a path of encoded images); &quot;&quot; if nothing</extracomment>
        <translation>開啟課程</translation>
    </message>
    <message>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation>課程 (*.toml);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>{name} cannot be used as a lesson</source>
        <translation>{name} 不能用作課程</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 個</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson has problems</source>
        <translation>課程有問題</translation>
    </message>
    <message>
        <source>Lesson &apos;{title}&apos; uses models that are not installed: {listed}. Those steps show their text only; the rest of the lesson works.</source>
        <translation>課程“{title}”使用了未安裝的模型：{listed}。這些步驟只顯示文字；課程的其餘部分正常。</translation>
    </message>
    <message>
        <source>This step needs the model {names}, which is not installed here.</source>
        <translation>此步驟需要模型 {names}，但這裡沒有安裝。</translation>
    </message>
    <message>
        <source>This step starts {0}, which this window does not have.</source>
        <translation>這一步要啟動{0}，但此視窗沒有這項功能。</translation>
    </message>
    <message>
        <source>This step could not start {0} by itself: see the message, then press its button.</source>
        <translation>這一步無法自動啟動{0}：請查看提示訊息，然後按對應的按鈕。</translation>
    </message>
    <message>
        <source>Could not open {x0!r} (see the message).</source>
        <translation>無法開啟 {x0!r}（見訊息）。</translation>
    </message>
    <message>
        <source>{name} has no class {label!r}.</source>
        <translation>{name} 沒有類別 {label!r}。</translation>
    </message>
    <message>
        <source>The step&apos;s point has {n} numbers; {name} uses {latent_dim}.</source>
        <translation>步驟的點有 {n} 個數；{name} 使用 {latent_dim} 個。</translation>
    </message>
    <message>
        <source>The {wanted} directions could not be fitted for this model.</source>
        <translation>無法為此模型擬合{wanted}方向。</translation>
    </message>
    <message>
        <source>Direction {direction!r} is not among this model&apos;s sliders.</source>
        <translation>方向 {direction!r} 不在此模型的滑塊中。</translation>
    </message>
    <message>
        <source>This step needs {0}, which this window does not have yet: read the text, and the lesson goes on.</source>
        <translation>此步驟需要{0}，而此視窗還沒有：請閱讀文字，課程會繼續。</translation>
    </message>
    <message>
        <source>Could not build the path: {0}</source>
        <translation>無法構建路徑：{0}</translation>
    </message>
    <message>
        <source>This model has no truncation control: it is a {kind}, and truncation applies to GANs only.</source>
        <extracomment>keys carried from step to step (caption, title and highlight belong to one step only) view ids a step can show (see latentlab.core.lesson_ids)</extracomment>
        <translation>此模型沒有截斷控制項：它是 {kind}，截斷只適用於 GAN。</translation>
    </message>
    <message>
        <source>This model has no truncation control: truncation applies to GANs only.</source>
        <translation>此模型沒有截斷控制項：截斷只適用於 GAN。</translation>
    </message>
    <message>
        <source>This model has no class selector: it is not conditional, so it cannot be told which class to draw.</source>
        <translation>此模型沒有類別選擇器：它不是條件模型，無法指定它畫哪個類別。</translation>
    </message>
    <message>
        <source>This model does not have the control this step points at.</source>
        <translation>此模型沒有這一步所指的控制項。</translation>
    </message>
    <message>
        <source>These models have no class selector: none of them is conditional, so none can be told which class to draw.</source>
        <translation>這些模型沒有類別選擇器：它們都不是條件模型，所以無法指定它們畫哪個類別。</translation>
    </message>
    <message>
        <source>These models do not have the control this step points at.</source>
        <translation>這些模型沒有這一步所指的控制項。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>latentlab</source>
        <extracomment>below this window width the samples and bookmarks are tabs rather than side by side the features every window gets, in the order they install (menus fill in this order) View ▸ Reset layout was chosen: features put their docks back in their default places a dock that can be the current view (live training, the compare stage) was shown or hidden</extracomment>
        <translation>latentlab</translation>
    </message>
    <message>
        <source>Where the model runs (change it in the Device menu)</source>
        <translation>模型執行的位置（在“裝置”選單中更改）</translation>
    </message>
    <message>
        <source>How long the last image took to compute, and how many images per second are being shown</source>
        <translation>上一張影像的計算耗時，以及每秒顯示多少張影像</translation>
    </message>
    <message>
        <source>device: {0}</source>
        <translation>裝置：{0}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>About latentlab</source>
        <translation>關於 latentlab</translation>
    </message>
    <message>
        <source>Explore what VAEs and GANs have learned: move through their latent space and watch the images change.</source>
        <translation>探索 VAE 和 GAN 學到了什麼：在它們的潛在空間中移動，觀察影像如何變化。</translation>
    </message>
    <message>
        <source>latentlab — {model}</source>
        <translation>latentlab — {model}</translation>
    </message>
</context>
<context>
    <name>Messenger</name>
    <message>
        <source>Something went wrong</source>
        <translation>出錯了</translation>
    </message>
    <message>
        <source>{doing}: {reason}</source>
        <translation>{doing}：{reason}</translation>
    </message>
</context>
<context>
    <name>ModelBrowser</name>
    <message>
        <source>unknown data</source>
        <translation>未知資料</translation>
    </message>
    <message>
        <source>{n}-D latent</source>
        <translation>{n} 維潛在空間</translation>
    </message>
    <message>
        <source>Models you can explore. Click one to open it.</source>
        <extracomment>the narrowest the model list and the card get, in average characters of their font</extracomment>
        <translation>可供探索的模型。點選即可開啟。</translation>
    </message>
    <message>
        <source>Bundled models</source>
        <translation>內建模型</translation>
    </message>
    <message>
        <source>Your models</source>
        <translation>您的模型</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近的檔案</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>開啟檔案…</translation>
    </message>
    <message>
        <source>Open a .safetensors model or a TorchScript manifest (.json) from disk (Ctrl+O). You can also drop the file onto the window.</source>
        <translation>從磁碟開啟 .safetensors 模型或 TorchScript 清單（.json）（Ctrl+O）。也可以將檔案拖放到視窗中。</translation>
    </message>
    <message>
        <source>{path}
{params:,} parameters — click to open</source>
        <translation>{path}
{params:,} 個參數 — 點選開啟</translation>
    </message>
    <message>
        <source>{name}
missing: {folder}</source>
        <translation>{name}
缺失：{folder}</translation>
    </message>
    <message>
        <source>{path}
This file is no longer there (moved or deleted). Clicking it removes it from the list.</source>
        <translation>{path}
此檔案已不存在（已移動或刪除）。點選它會將其從列表中移除。</translation>
    </message>
    <message>
        <source>No bundled models found.
Use Open file… below.</source>
        <translation>未找到內建模型。
請使用下方的“開啟檔案…”。</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>Epochs</source>
        <translation>輪數</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>訓練時間</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>訓練裝置</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>儲存於</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>final discriminator loss</source>
        <extracomment>the other keys ``latentlab train`` and ``latentlab eval`` store under ``metrics``, in words</extracomment>
        <translation>最終判別器損失</translation>
    </message>
    <message>
        <source>final generator loss</source>
        <translation>最終生成器損失</translation>
    </message>
    <message>
        <source>final score of real images</source>
        <translation>真實影像的最終得分</translation>
    </message>
    <message>
        <source>final score of generated images</source>
        <translation>生成影像的最終得分</translation>
    </message>
    <message>
        <source>final loss</source>
        <translation>最終損失</translation>
    </message>
    <message>
        <source>final reconstruction loss</source>
        <translation>最終重建損失</translation>
    </message>
    <message>
        <source>final KL divergence</source>
        <translation>最終 KL 散度</translation>
    </message>
    <message>
        <source>final accuracy</source>
        <translation>最終準確率</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>測試準確率</translation>
    </message>
    <message>
        <source>KID standard deviation</source>
        <translation>KID 標準差</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>架構</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>樣本數</translation>
    </message>
    <message>
        <source>real images</source>
        <translation>真實影像數</translation>
    </message>
    <message>
        <source>real images for the floor</source>
        <translation>用於下限的真實影像數</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>real images from</source>
        <translation>真實影像來源</translation>
    </message>
    <message>
        <source>classifier&apos;s test accuracy</source>
        <translation>分類器測試準確率</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>用時（秒）</translation>
    </message>
    <message>
        <source>file</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>device</source>
        <translation>裝置</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} 秒</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分鐘</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小時</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>資料集</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>潛在向量大小</translation>
    </message>
    <message>
        <source>{n} numbers</source>
        <translation>{n} 個數</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>影像</translation>
    </message>
    <message>
        <source>{w}×{h} colour</source>
        <translation>{w}×{h} 彩色</translation>
    </message>
    <message>
        <source>{w}×{h} grey</source>
        <translation>{w}×{h} 灰度</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>參數</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>判別器</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>檔案大小</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>執行於</translation>
    </message>
    <message>
        <source>How it was trained</source>
        <translation>訓練方式</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>測量結果</translation>
    </message>
    <message>
        <source>evaluation (latentlab eval)</source>
        <translation>評估（latentlab eval）</translation>
    </message>
    <message>
        <source>end of training</source>
        <translation>訓練結束時</translation>
    </message>
    <message>
        <source>included ({n} parameters, from {where})</source>
        <translation>已包含（{n} 個參數，來自 {where}）</translation>
    </message>
    <message>
        <source>included ({n} parameters)</source>
        <translation>已包含（{n} 個參數）</translation>
    </message>
    <message>
        <source>Facts about the open model, read from its file: what it is, what it learned from, how it was trained, and how it scored</source>
        <translation>關於當前模型的資訊，讀自其檔案：它是什麼、從什麼學習、如何訓練以及得分如何</translation>
    </message>
    <message>
        <source>No model open.</source>
        <translation>未開啟模型。</translation>
    </message>
</context>
<context>
    <name>NormPlot</name>
    <message>
        <source>‖z‖, the length of the latent, frame by frame (blue), against the prior&apos;s typical length √d (dashed; shaded: where 95% of its samples are). Latents the model was trained on live in that shell: slerp stays there, lerp dips into the middle.</source>
        <extracomment>the norm of a D-dimensional standard normal sample has a spread of about 1/√2 (95%: ±1.96/√2)</extracomment>
        <translation>‖z‖，潛在向量的長度，逐幀顯示（藍色），對比先驗的典型長度 √d（虛線；陰影：其 95% 樣本所在區域）。模型訓練時的潛在向量位於這個殼層中：slerp 保持在其中，lerp 會陷入中心。</translation>
    </message>
    <message>
        <source>√d = {typical:.2f} (d = {d}); lowest ‖z‖ on the path {low:.2f}</source>
        <translation>√d = {typical:.2f}（d = {d}）；路徑上最小的 ‖z‖ 為 {low:.2f}</translation>
    </message>
    <message>
        <source> — a lerp dip into the middle</source>
        <translation> — lerp 陷入中心</translation>
    </message>
</context>
<context>
    <name>PathEditor</name>
    <message>
        <source>lerp: straight line between the two keyframes. Halfway, ‖z‖ shrinks towards the centre, where the prior (and the training data) almost never is: images often fade or blur there.</source>
        <extracomment>a frame to show on the big image and its caption (emitted while playing or scrubbing, when asked for)</extracomment>
        <translation>lerp：兩個關鍵幀之間的直線。在中途 ‖z‖ 會向中心收縮，而先驗（以及訓練資料）幾乎從不在那裡：影像在那裡常常變淡或模糊。</translation>
    </message>
    <message>
        <source>slerp: along the sphere between the two keyframes (‖z‖ changes linearly). It stays in the shell where latents of the prior live, so every frame looks like a sample.</source>
        <translation>slerp：沿兩個關鍵幀之間的球面（‖z‖ 線性變化）。它保持在先驗潛在向量所在的殼層中，因此每一幀看起來都像一個樣本。</translation>
    </message>
    <message>
        <source>+ Point</source>
        <translation>+ 點</translation>
    </message>
    <message>
        <source>Add the point you are looking at as the next keyframe</source>
        <translation>將您正在檢視的點新增為下一個關鍵幀</translation>
    </message>
    <message>
        <source>+ Seed</source>
        <translation>+ 種子</translation>
    </message>
    <message>
        <source>Add the prior sample of the seed on the right as a keyframe (then the next seed is offered)</source>
        <translation>將右側種子的先驗樣本新增為關鍵幀（然後會提供下一個種子）</translation>
    </message>
    <message>
        <source>A seed: a reproducible random point of the prior</source>
        <translation>種子：先驗中一個可復現的隨機點</translation>
    </message>
    <message>
        <source>+ Random</source>
        <translation>+ 隨機</translation>
    </message>
    <message>
        <source>Add a random prior sample as a keyframe</source>
        <translation>新增一個隨機先驗樣本作為關鍵幀</translation>
    </message>
    <message>
        <source>+ Bookmark</source>
        <translation>+ 書籤</translation>
    </message>
    <message>
        <source>Add one of your bookmarks as a keyframe</source>
        <translation>將您的一個書籤新增為關鍵幀</translation>
    </message>
    <message>
        <source>+ Sweep</source>
        <translation>+ 掃過</translation>
    </message>
    <message>
        <source>Make the path a sweep along the slider you moved last (a smile, say): from one end of the sliders&apos; range to the other through the current point, everything else unchanged</source>
        <translation>把路徑設為沿最近移動的滑塊（例如微笑）掃過：經過目前的點，從滑塊範圍的一端到另一端，其他保持不變</translation>
    </message>
    <message>
        <source>+ Steered</source>
        <translation>+ 引導掃過</translation>
    </message>
    <message>
        <source>Like + Sweep along a named factor (a smile, say), but bent at every step so that the factor network reads every other factor unchanged: a straight direction cannot cancel a side effect that goes one way in one face and the other way in the next. 13 keyframes; takes a moment</source>
        <translation>類似沿命名因素（例如微笑）的 + 掃過，但每一步都會彎曲，使因素網路讀到的其他所有因素保持不變：直線方向無法抵消在一張臉上朝一個方向、在另一張臉上朝相反方向的副作用。13 個關鍵影格；需要片刻</translation>
    </message>
    <message>
        <source>+ Image</source>
        <translation>+ 影像</translation>
    </message>
    <message>
        <source>Add the image last encoded (or inverted) in the “Encode an image” panel</source>
        <translation>新增最近在“編碼影像”面板中編碼（或反演）的影像</translation>
    </message>
    <message>
        <source>Keyframe</source>
        <translation>關鍵幀</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>then</source>
        <translation>然後</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>幀數</translation>
    </message>
    <message>
        <source>The keyframes in order. &apos;then&apos; and &apos;frames&apos;: how the path travels to the next keyframe. Double-click a name to rename it.</source>
        <translation>按順序排列的關鍵幀。“然後”和“幀數”：路徑如何前往下一個關鍵幀。雙擊名稱可重新命名。</translation>
    </message>
    <message>
        <source>Move the selected keyframe earlier</source>
        <translation>將所選關鍵幀前移</translation>
    </message>
    <message>
        <source>Move the selected keyframe later</source>
        <translation>將所選關鍵幀後移</translation>
    </message>
    <message>
        <source>Remove the selected keyframe</source>
        <translation>移除所選關鍵幀</translation>
    </message>
    <message>
        <source>Remove every keyframe</source>
        <translation>移除所有關鍵幀</translation>
    </message>
    <message>
        <source> (every segment)</source>
        <translation>（每一段）</translation>
    </message>
    <message>
        <source>Frames per segment, for every segment (edit one segment in the table)</source>
        <translation>每段的幀數，適用於所有段（在表格中編輯單獨一段）</translation>
    </message>
    <message>
        <source>All:</source>
        <translation>全部：</translation>
    </message>
    <message>
        <source>Set every segment at once</source>
        <translation>一次設定所有段</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Play or pause the path</source>
        <translation>播放或暫停路徑</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Playback speed, frames per second (also the speed of exported GIFs and videos)</source>
        <translation>播放速度，每秒幀數（也是匯出的 GIF 和影片的速度）</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>迴圈</translation>
    </message>
    <message>
        <source>Start again at the end</source>
        <translation>到結尾時重新開始</translation>
    </message>
    <message>
        <source>Ping-pong</source>
        <translation>來回</translation>
    </message>
    <message>
        <source>Play forwards, then backwards (also used by GIF and MP4 export)</source>
        <translation>先正向播放，再反向播放（GIF 和 MP4 匯出也使用）</translation>
    </message>
    <message>
        <source>Big image</source>
        <translation>大圖</translation>
    </message>
    <message>
        <source>While playing or scrubbing, show the frames on the big image (moving a slider shows the current point again)</source>
        <translation>播放或瀏覽時在大圖上顯示幀（移動滑塊會重新顯示當前點）</translation>
    </message>
    <message>
        <source>GIF…</source>
        <translation>GIF…</translation>
    </message>
    <message>
        <source>Save the path as a looping animated GIF (at the export scale and speed)</source>
        <translation>將路徑儲存為迴圈動畫 GIF（使用匯出比例和速度）</translation>
    </message>
    <message>
        <source>MP4…</source>
        <translation>MP4…</translation>
    </message>
    <message>
        <source>Save the path as an H.264 video (needs the video extra: pip install &apos;latentlab[video]&apos;)</source>
        <translation>將路徑儲存為 H.264 影片（需要 video 附加元件：pip install &apos;latentlab[video]&apos;）</translation>
    </message>
    <message>
        <source>MP4 export needs the video extra, which is not installed: pip install &apos;latentlab[video]&apos;</source>
        <translation>匯出 MP4 需要 video 額外套件，但尚未安裝：pip install &apos;latentlab[video]&apos;</translation>
    </message>
    <message>
        <source>Sheet…</source>
        <translation>縮圖表…</translation>
    </message>
    <message>
        <source>Save a contact sheet: every frame in one PNG, keyframes captioned</source>
        <translation>儲存縮圖表：所有幀合成一張 PNG，關鍵幀帶說明</translation>
    </message>
    <message>
        <source>Export scale: each pixel becomes a square of this many pixels</source>
        <translation>匯出比例：每個像素變成邊長為這麼多像素的正方形</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>關鍵幀</translation>
    </message>
    <message>
        <source>Save the keyframes as JSON, or open a saved path. latentlab interpolate MODEL --keyframes FILE renders a saved path from the command line, frame for frame the same</source>
        <translation>將關鍵幀儲存為 JSON，或開啟已儲存的路徑。latentlab interpolate MODEL --keyframes 檔案 可在命令列中逐幀相同地渲染已儲存的路徑</translation>
    </message>
    <message>
        <source>Save keyframes…</source>
        <translation>儲存關鍵幀…</translation>
    </message>
    <message>
        <source>Open keyframes…</source>
        <translation>開啟關鍵幀…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>匯出：</translation>
    </message>
    <message>
        <source>Add two or more keyframes</source>
        <translation>新增兩個或更多關鍵幀</translation>
    </message>
    <message>
        <source>1 keyframe: add another</source>
        <translation>1 個關鍵幀：再新增一個</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) · rendering…</source>
        <translation>
            <numerusform>%n 幀 · 正在渲染…</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;from: {source}&lt;br&gt;‖z‖ = {norm:.2f}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;來自：{source}&lt;br&gt;‖z‖ = {norm:.2f}</translation>
    </message>
    <message>
        <source>Frames from this keyframe to the next</source>
        <translation>從此關鍵幀到下一個的幀數</translation>
    </message>
    <message>
        <source>end</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>(no bookmarks for this model yet: Ctrl+B keeps the current point)</source>
        <translation>（此模型還沒有書籤：Ctrl+B 可儲存當前點）</translation>
    </message>
    <message>
        <source>frame {i} / {n}</source>
        <translation>第 {i} / {n} 幀</translation>
    </message>
    <message>
        <source> · keyframe {k}</source>
        <translation> · 關鍵幀 {k}</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暫停</translation>
    </message>
    <message>
        <source>path frame {i} of {n}</source>
        <translation>路徑第 {i} 幀，共 {n} 幀</translation>
    </message>
    <message>
        <source>GIF (*.gif)</source>
        <translation>GIF (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 影片 (*.mp4)</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the path</source>
        <translation>匯出路徑</translation>
    </message>
    <message>
        <source>Save keyframes</source>
        <translation>儲存關鍵幀</translation>
    </message>
    <message>
        <source>Path JSON (*.json)</source>
        <translation>路徑 JSON (*.json)</translation>
    </message>
    <message>
        <source>Open keyframes</source>
        <translation>開啟關鍵幀</translation>
    </message>
    <message>
        <source>Path JSON (*.json);;All files (*)</source>
        <translation>路徑 JSON (*.json);;所有檔案 (*)</translation>
    </message>
</context>
<context>
    <name>PcSliders</name>
    <message>
        <source>Reset</source>
        <extracomment>sliders per line when laid out across (more go to the next line) narrowest slider when laid out across, in pixels</extracomment>
        <translation>重置</translation>
    </message>
    <message>
        <source>Put every slider back to 0 (the seed&apos;s own sample)</source>
        <translation>將所有滑塊歸零（種子本身的樣本）</translation>
    </message>
    <message>
        <source>PC{n}</source>
        <translation>PC{n}</translation>
    </message>
    <message>
        <source>Principal direction {x0}: moves the image along the {x0}. direction in which this model&apos;s latents vary most (right-click: back to 0)</source>
        <translation>主方向 {x0}：讓影像沿此模型潛在向量變化第 {x0} 大的方向移動（右鍵：回到 0）</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>{dataset} test image #{x0} ({name})</source>
        <extracomment>linked principal-direction sliders (each pane adds coefficient x its own component) optimisation steps of each GAN inversion (the same default as ``latentlab compare``) real pictures in the reconstruction row (``latentlab compare --recon`` default) frames of an interpolation between two pictures</extracomment>
        <translation>{dataset} 測試影像 #{x0}（{name}）</translation>
    </message>
</context>
<context>
    <name>PointControls</name>
    <message>
        <source>The seed picks a random point reproducibly: the same seed always gives the same image. Type a number and press Enter to go there.</source>
        <translation>種子以可復現的方式選取隨機點：同一個種子總是給出同一張影像。輸入數字並按 Enter 即可前往。</translation>
    </message>
    <message>
        <source>Randomize</source>
        <translation>隨機</translation>
    </message>
    <message>
        <source>Jump to a new random point of the prior (R). Its seed appears in the box, so you can come back to it.</source>
        <translation>跳到先驗中一個新的隨機點（R）。它的種子會顯示在框中，方便您回來。</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原點</translation>
    </message>
    <message>
        <source>Go back to the centre of the latent space, z = 0: the &apos;most average&apos; point (Home)</source>
        <translation>回到潛在空間的中心 z = 0：“最平均”的點（Home）</translation>
    </message>
    <message>
        <source>Truncation ψ</source>
        <translation>截斷 ψ</translation>
    </message>
    <message>
        <source>Truncation ψ scales random points towards the centre: below 1 the GAN&apos;s samples look cleaner but more alike; above 1 more varied but stranger. It applies to Randomize and to the sample grid.</source>
        <translation>截斷 ψ 將隨機點拉向中心：小於 1 時 GAN 的樣本更乾淨但更相似；大於 1 時更多樣但更奇怪。它作用於“隨機”和樣本網格。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>This model draws the class you ask for: pick which one</source>
        <translation>此模型繪製您要求的類別：請選擇一個</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>種子</translation>
    </message>
</context>
<context>
    <name>PresentationStrip</name>
    <message>
        <source>Seed</source>
        <extracomment>directions shown in the strip (two rows of two: big enough to touch, few enough to read)</extracomment>
        <translation>種子</translation>
    </message>
    <message>
        <source>The same seed always gives the same image</source>
        <translation>相同的種子總是生成相同的影像</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>隨機</translation>
    </message>
    <message>
        <source>A new random point (R)</source>
        <translation>新的隨機點（R）</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>類別</translation>
    </message>
</context>
<context>
    <name>ReconRow</name>
    <message>
        <source>&lt;b&gt;Reconstruction&lt;/b&gt;: real test pictures, then each model&apos;s copy. A VAE encodes a picture in one pass; a GAN has no encoder, so latentlab searches for the latent that draws it (inversion).</source>
        <translation>&lt;b&gt;重建&lt;/b&gt;：真實測試圖片，然後是每個模型的複製品。VAE 一次性編碼圖片；GAN 沒有編碼器，因此 latentlab 會搜尋能畫出它的潛在向量（反演）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Other pictures</source>
        <translation>其他圖片</translation>
    </message>
    <message>
        <source>Reconstruct other real test pictures</source>
        <translation>重建其他真實測試圖片</translation>
    </message>
    <message>
        <source>{name} ({method}): pixel MSE {err:.4f}</source>
        <translation>{name}（{method}）：像素 MSE {err:.4f}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{name}&lt;/b&gt;&lt;/span&gt; ({how}) mean MSE {error:.4f}</source>
        <translation>&lt;span style=&apos;color:{color}&apos;&gt;&lt;b&gt;{name}&lt;/b&gt;&lt;/span&gt;（{how}）平均 MSE {error:.4f}</translation>
    </message>
    <message>
        <source>encoder, one pass</source>
        <translation>編碼器，一次完成</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>編碼器</translation>
    </message>
    <message numerus="yes">
        <source>inversion, %n step(s)</source>
        <translation>
            <numerusform>反演，%n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>A real test picture</source>
        <translation>一張真實的測試圖片</translation>
    </message>
</context>
<context>
    <name>RecordStepDialog</name>
    <message>
        <source>Record lesson step</source>
        <translation>錄製課程步驟</translation>
    </message>
    <message>
        <source>short heading (optional)</source>
        <translation>簡短標題（可選）</translation>
    </message>
    <message>
        <source>What the class reads in this step</source>
        <translation>本步驟中全班閱讀的內容</translation>
    </message>
    <message>
        <source>The lesson file the step is added to (created if it does not exist)</source>
        <translation>新增步驟的課程檔案（不存在時會建立）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>The model, point, class, basis, view and panels as they are now become the step.</source>
        <translation>當前的模型、點、類別、基、檢視和麵板將成為這一步驟。</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>新增步驟</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>說明文字</translation>
    </message>
    <message>
        <source>Lesson file</source>
        <translation>課程檔案</translation>
    </message>
    <message>
        <source>Lessons (*.toml)</source>
        <translation>課程 (*.toml)</translation>
    </message>
    <message>
        <source>Added to {file}. Change the view and add the next step.</source>
        <translation>已新增到 {file}。更改檢視並新增下一個步驟。</translation>
    </message>
    <message>
        <source>Could not record the step</source>
        <translation>無法錄製步驟</translation>
    </message>
</context>
<context>
    <name>RecordingMixin</name>
    <message>
        <source>Write a caption first: it is the text the class reads in this step</source>
        <extracomment>docks whose visibility a recorded step&apos;s ``panels`` keeps</extracomment>
        <translation>請先寫說明文字：它是全班在此步驟中閱讀的文字</translation>
    </message>
    <message>
        <source>Could not record the step:
{exc}</source>
        <translation>無法錄製步驟：
{exc}</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>錄製步驟</translation>
    </message>
    <message>
        <source>Could not write {target}: {exc}</source>
        <translation>無法寫入 {target}：{exc}</translation>
    </message>
    <message>
        <source>Recorded step {n} in {out}</source>
        <translation>已將步驟 {n} 錄製到 {out}</translation>
    </message>
    <message>
        <source>Recorded a step in {out}</source>
        <translation>已錄製一個步驟到 {out}</translation>
    </message>
</context>
<context>
    <name>SampleGrid</name>
    <message>
        <source>How many samples per row and column</source>
        <translation>每行和每列的樣本數</translation>
    </message>
    <message>
        <source>Seed of the first sample; the others use the next seeds</source>
        <translation>第一個樣本的種子；其他樣本使用後續的種子</translation>
    </message>
    <message>
        <source>New samples</source>
        <translation>新樣本</translation>
    </message>
    <message>
        <source>Show a fresh set of random samples</source>
        <translation>顯示一組新的隨機樣本</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>網格</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>種子</translation>
    </message>
    <message>
        <source>Random samples from the model. Click one to make it the current point.</source>
        <translation>來自模型的隨機樣本。點選一個即可將其設為當前點。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{where}: {bad} damaged bookmark(s) skipped</source>
        <translation>{where}：跳過了 {bad} 個損壞的書籤</translation>
    </message>
    <message>
        <source>; the damaged file was kept as {name}</source>
        <translation>；損壞的檔案已保留為 {name}</translation>
    </message>
    <message>
        <source>; it could not be moved aside ({exc})</source>
        <translation>；無法將其移到一旁（{exc}）</translation>
    </message>
    <message>
        <source>Your saved {what} ({name}) could not be read ({reason}), so the app starts with an empty one{kept}.</source>
        <translation>您儲存的{what}（{name}）無法讀取（{reason}），因此應用以空白狀態啟動{kept}。</translation>
    </message>
    <message>
        <source>session</source>
        <translation>工作階段</translation>
    </message>
    <message>
        <source>; the original file was kept as {name}</source>
        <translation>；原檔案已保留為 {name}</translation>
    </message>
    <message>
        <source>recent-files list</source>
        <translation>最近檔案列表</translation>
    </message>
</context>
<context>
    <name>SliderRow</name>
    <message>
        <source>Drag, or use the arrow keys (0.1 σ steps; Page Up/Down: 0.5 σ). Double-click to type a value, right-click to put it back to 0.</source>
        <translation>拖動，或使用方向鍵（步長 0.1 σ；Page Up/Down：0.5 σ）。雙擊可輸入數值，右鍵可將其歸零。</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>generator</source>
        <extracomment>loss key → (label, colour); only the ones a model kind reports are drawn</extracomment>
        <translation>生成器</translation>
    </message>
    <message>
        <source>discriminator</source>
        <translation>判別器</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>KL</source>
        <translation>KL</translation>
    </message>
    <message>
        <source>Stable GAN</source>
        <extracomment>combo title → preset key (None: the fields as they are)</extracomment>
        <translation>穩定的 GAN</translation>
    </message>
    <message>
        <source>Mode collapse (GAN)</source>
        <translation>模式崩潰（GAN）</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定義</translation>
    </message>
    <message>
        <source>The recipe the bundled GANs were trained with: spectral norm, hinge loss, one generator step per critic step. The sample grid keeps its variety.</source>
        <translation>內建 GAN 的訓練配方：譜歸一化、hinge 損失、每個判別器步驟對應一個生成器步驟。樣本網格保持多樣性。</translation>
    </message>
    <message>
        <source>Settings that make a GAN draw only a few digits on MNIST: a latent of just 2 numbers, no spectral norm, the plain (BCE) loss and a large step size. Watch the grid repeat a few shapes and hop from one digit to another, and the coverage chart go lopsided.</source>
        <translation>讓 GAN 在 MNIST 上只畫幾種數字的設定：潛在向量只有 2 個數、不用譜歸一化、一般（BCE）損失、較大的步長。觀察網格反覆畫幾種形狀、從一個數字跳到另一個數字，覆蓋率圖變得失衡。</translation>
    </message>
    <message>
        <source>A variational autoencoder: reconstruction + KL loss; blurrier, but it covers every class.</source>
        <translation>變分自編碼器：重建 + KL 損失；較模糊，但覆蓋每個類別。</translation>
    </message>
    <message>
        <source>MNIST (digits)</source>
        <translation>MNIST（數字）</translation>
    </message>
    <message>
        <source>Fashion-MNIST (clothes)</source>
        <translation>Fashion-MNIST（服裝）</translation>
    </message>
    <message>
        <source>Ready-made settings. &apos;Mode collapse&apos; shows a GAN forgetting most classes; compare it with &apos;Stable GAN&apos;.</source>
        <extracomment>chosen for a 2-core laptop CPU: a GAN of width 16 draws recognisable digits after ~800 steps (batch 64), about 14 steps/s on one busy core; width 32 is about 4× slower the class coverage chart&apos;s narrowest width: ten readable bars, its title and caption unclipped tests: train on this ImageDataset instead of loading one; and extra TrainConfig fields</extracomment>
        <translation>現成的設定。“模式崩潰”展示一個遺忘大多數類別的 GAN；請與“穩定的 GAN”比較。</translation>
    </message>
    <message>
        <source>What the model learns to draw</source>
        <translation>模型學習繪製的內容</translation>
    </message>
    <message>
        <source>Use the bundled sample if missing</source>
        <translation>缺失時使用內建樣本</translation>
    </message>
    <message>
        <source>When the full dataset is not installed, train on the 2,000-image sample that ships with latentlab (enough to see digits appear)</source>
        <translation>未安裝完整資料集時，使用 latentlab 自帶的 2,000 張影像樣本訓練（足以看到數字出現）</translation>
    </message>
    <message>
        <source>GANs learn by a game between a generator and a discriminator; VAEs by rebuilding images. Conditional models are told which class to draw.</source>
        <translation>GAN 通過生成器與判別器之間的博弈學習；VAE 通過重建影像學習。條件模型會被告知要畫哪個類別。</translation>
    </message>
    <message>
        <source>How many numbers the generator turns into an image</source>
        <translation>生成器將多少個數轉換為一張影像</translation>
    </message>
    <message>
        <source>Learning rate: how big each training step is. Too large makes GANs unstable.</source>
        <translation>學習率：每個訓練步驟的大小。過大會使 GAN 不穩定。</translation>
    </message>
    <message>
        <source>Images per training step (64 keeps a laptop CPU responsive)</source>
        <translation>每個訓練步驟的影像數（64 能讓筆記本 CPU 保持響應）</translation>
    </message>
    <message>
        <source>Passes over the training images (you can stop at any time; the model is saved)</source>
        <translation>遍歷訓練影像的次數（可隨時停止；模型會被儲存）</translation>
    </message>
    <message>
        <source>Channels of the first layer (the network&apos;s width). 16 trains about 4× faster than 32 on a laptop CPU and is enough for digits.</source>
        <translation>第一層的通道數（網路寬度）。在筆記本 CPU 上，16 比 32 訓練快約 4 倍，對數字已足夠。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>How often the sample grid (and the coverage chart) are redrawn</source>
        <translation>樣本網格（和覆蓋率圖）的重繪頻率</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>預設</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>資料</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>潛在向量大小</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>學習率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>輪數</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>寬度</translation>
    </message>
    <message>
        <source>Grid every</source>
        <translation>網格重新整理間隔</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Train a new model from scratch with these settings</source>
        <translation>用這些設定從頭訓練一個新模型</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Hold training between two steps (Resume carries on exactly there)</source>
        <translation>在兩個步驟之間暫停訓練（“繼續”會從那裡精確接續）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End the run now; the model so far is saved and can be opened</source>
        <translation>立即結束執行；目前的模型會被儲存並可以開啟</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>name in My models</source>
        <translation>在“我的模型”中的名稱</translation>
    </message>
    <message>
        <source>The file name the model gets in your models folder</source>
        <translation>模型在您的模型資料夾中的檔名</translation>
    </message>
    <message>
        <source>Save to my models</source>
        <translation>儲存到我的模型</translation>
    </message>
    <message>
        <source>Copy the trained model into your models folder, where the model list finds it</source>
        <translation>將訓練好的模型複製到您的模型資料夾，模型列表會在那裡找到它</translation>
    </message>
    <message>
        <source>Open in explorer</source>
        <translation>在瀏覽器中開啟</translation>
    </message>
    <message>
        <source>Explore the trained model&apos;s latent space in the main window</source>
        <translation>在主視窗中探索訓練好的模型的潛在空間</translation>
    </message>
    <message>
        <source>What the generator draws right now from 64 fixed latents: the same cell always shows the same latent, so you can watch each one change</source>
        <translation>生成器此刻用 64 個固定潛在向量繪製的內容：同一格子總是顯示同一個潛在向量，因此您可以觀察每個的變化</translation>
    </message>
    <message>
        <source>Samples appear here</source>
        <translation>樣本會顯示在這裡</translation>
    </message>
    <message>
        <source>Class coverage</source>
        <translation>類別覆蓋率</translation>
    </message>
    <message>
        <source>A classifier decides which class each sample shows. Even bars: every class is drawn about equally often. Lopsided bars: mode collapse.</source>
        <translation>分類器判斷每個樣本顯示的類別。條形均勻：每個類別被畫的頻率大致相同。條形失衡：模式崩潰。</translation>
    </message>
    <message>
        <source>% of samples</source>
        <translation>樣本佔比 %</translation>
    </message>
    <message>
        <source>class entropy: –</source>
        <translation>類別熵：–</translation>
    </message>
    <message>
        <source>1 = every class equally often, 0 = only one class (total mode collapse)</source>
        <translation>1 = 每個類別頻率相同，0 = 只有一個類別（完全模式崩潰）</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>損失</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步數</translation>
    </message>
    <message>
        <source>Training losses, averaged over a few steps. A GAN&apos;s two losses push against each other, so they wobble instead of falling; they do not show mode collapse.</source>
        <translation>訓練損失，在若干步內取平均。GAN 的兩個損失相互對抗，因此會波動而不是下降；它們不能顯示模式崩潰。</translation>
    </message>
    <message>
        <source>latentlab (live training panel)</source>
        <translation>latentlab（即時訓練面板）</translation>
    </message>
    <message>
        <source>A run is still going: stop it first</source>
        <translation>仍有一個執行在進行：請先停止它</translation>
    </message>
    <message>
        <source>custom settings</source>
        <translation>自定義設定</translation>
    </message>
    <message>
        <source>Starting {run}…</source>
        <translation>正在啟動 {run}…</translation>
    </message>
    <message>
        <source>my-{kind}-{dataset}</source>
        <translation>my-{kind}-{dataset}</translation>
    </message>
    <message>
        <source>Stopping (saving the model so far)…</source>
        <translation>正在停止（儲存目前的模型）…</translation>
    </message>
    <message>
        <source>Nothing to save yet: train a model (or stop a run) first</source>
        <translation>還沒有可儲存的內容：請先訓練一個模型（或停止執行）</translation>
    </message>
    <message>
        <source>Give the model a name first</source>
        <translation>請先為模型命名</translation>
    </message>
    <message>
        <source>{target} already exists: choose another name</source>
        <translation>{target} 已存在：請選擇其他名稱</translation>
    </message>
    <message>
        <source>Could not save the model to {target}: {x0}</source>
        <translation>無法將模型儲存到 {target}：{x0}</translation>
    </message>
    <message>
        <source>Saved {name} to your models ({target})</source>
        <translation>已將 {name} 儲存到您的模型（{target}）</translation>
    </message>
    <message>
        <source>Nothing to open yet: train a model (or stop a run) first</source>
        <translation>還沒有可開啟的內容：請先訓練一個模型（或停止執行）</translation>
    </message>
    <message>
        <source>step {step:,} / {total:,} · epoch {epoch} · {rate:.1f} steps/s</source>
        <translation>第 {step:,} / {total:,} 步 · 第 {epoch} 輪 · {rate:.1f} 步/秒</translation>
    </message>
    <message>
        <source> · {minutes:.0f} min left</source>
        <translation> · 剩餘 {minutes:.0f} 分鐘</translation>
    </message>
    <message>
        <source> · {left:.0f} s left</source>
        <translation> · 剩餘 {left:.0f} 秒</translation>
    </message>
    <message>
        <source>Paused at {status}</source>
        <translation>已暫停於 {status}</translation>
    </message>
    <message>
        <source>Samples after {steps} steps</source>
        <translation>{steps} 步後的樣本</translation>
    </message>
    <message>
        <source>1 class never drawn</source>
        <translation>有 1 個類別從未生成</translation>
    </message>
    <message>
        <source>{n} classes never drawn</source>
        <translation>有 {n} 個類別從未生成</translation>
    </message>
    <message>
        <source>class entropy {value} (1 = even)</source>
        <translation>類別熵 {value}（1 = 均勻）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暫停</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>訓練失敗</translation>
    </message>
    <message>
        <source>Training failed: {text}</source>
        <translation>訓練失敗：{text}</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>The full {title} dataset is not installed here, so this run trains on the bundled {n:,}-image sample instead.</source>
        <extracomment>number of training images of the full datasets (to keep a run&apos;s length on the small sample) seconds between two curve/status updates sent to the GUI loss points are means over this many steps (raw per-step GAN losses are too noisy to read) something the user should know (e.g. &quot;training on the bundled sample&quot;), and its details the run has stopped between two steps because it is paused (everything before is delivered)</extracomment>
        <translation>此處未安裝完整的 {title} 資料集，因此本次執行改用內建的 {n:,} 張影像樣本訓練。</translation>
    </message>
    <message>
        <source> ({epochs} epochs of the full set = {passes} passes over the sample.)</source>
        <translation>（完整資料集的 {epochs} 輪 = 對樣本的 {passes} 次遍歷。）</translation>
    </message>
    <message>
        <source>No class coverage chart for this data (no classifier for it).</source>
        <translation>此資料沒有類別覆蓋率圖（沒有對應的分類器）。</translation>
    </message>
    <message>
        <source>Finished after {step:,} steps; saved {path}</source>
        <translation>在 {step:,} 步後完成；已儲存 {path}</translation>
    </message>
    <message>
        <source>Stopped; saved the model so far to {path}</source>
        <translation>已停止；目前的模型已儲存到 {path}</translation>
    </message>
    <message>
        <source>Stopped before the first step; nothing was saved</source>
        <translation>在第一步之前停止；未儲存任何內容</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>(could not be read: {0})</source>
        <extracomment>dialogs waiting for an answer, by resolved path: a second request for the same file joins it</extracomment>
        <translation>（無法讀取：{0}）</translation>
    </message>
    <message>
        <source>Run code from this file?</source>
        <translation>執行此檔案中的程式碼？</translation>
    </message>
    <message>
        <source>{name} is a program, not just weights: opening it runs its code with your permissions. It could read, change or delete any of your files.</source>
        <translation>{name} 是一個程式，而不僅僅是權重：開啟它會以您的權限執行其程式碼。它可能讀取、修改或刪除您的任何檔案。</translation>
    </message>
    <message>
        <source>Open it only if you trust where it came from. Weights saved as .safetensors or as a state dict never run code.

SHA-256: {sha}</source>
        <translation>僅在您信任其來源時才開啟它。儲存為 .safetensors 或 state dict 的權重永遠不會執行程式碼。

SHA-256：{sha}</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>仍然開啟</translation>
    </message>
    <message>
        <source>Left {0} closed: its code was not run</source>
        <translation>未開啟 {0}：其程式碼未被執行</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>latentlab user guide</source>
        <translation>latentlab 使用者指南</translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <source>Welcome to latentlab</source>
        <translation>歡迎使用 latentlab</translation>
    </message>
    <message>
        <source>This is a VAE trained on handwritten digits, the simplest model here. Drag a slider on the right and watch the digit change. For a class, open &lt;b&gt;Lessons ▸ 1.&lt;/b&gt;: it walks through the ideas step by step in presentation mode (Esc leaves). &lt;b&gt;F1&lt;/b&gt; lists every keyboard shortcut; &lt;b&gt;Help ▸ User guide&lt;/b&gt; explains the views.</source>
        <translation>這是一個在手寫數字上訓練的 VAE，是這裡最簡單的模型。拖曳右側的滑塊，觀察數字如何變化。上課時請開啟 &lt;b&gt;課程 ▸ 1.&lt;/b&gt;：它會在演示模式下一步步講解其中的思想（按 Esc 退出）。&lt;b&gt;F1&lt;/b&gt; 列出所有鍵盤快捷鍵；&lt;b&gt;幫助 ▸ 使用者指南&lt;/b&gt; 介紹各個檢視。</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>不再顯示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>anomaly</name>
    <message>
        <source>&amp;Anomaly detection</source>
        <extracomment>parts a lesson can point at</extracomment>
        <translation>異常偵測(&amp;A)</translation>
    </message>
    <message>
        <source>Score normal images and outliers with the open model: histograms, ROC curve and AUC</source>
        <translation>用目前模型為正常影像和異常影像評分：直方圖、ROC 曲線和 AUC</translation>
    </message>
    <message>
        <source>Anomaly detection</source>
        <translation>異常偵測</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置佈局(&amp;R)</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>使用者指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About latentlab</source>
        <translation>關於 latentlab(&amp;A)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>set to &quot;1&quot; to print &quot;FIRST_FRAME &lt;unix time&gt;&quot; and quit once the first frame is shown (bench) shared libraries Qt&apos;s xcb platform plugin loads on Linux: (library name, Debian/Ubuntu package)</extracomment>
        <translation>歡迎</translation>
    </message>
</context>
<context>
    <name>basis</name>
    <message>
        <source>{name}: a classifier (feature network), not an image generator; it is used to measure generators, not to explore</source>
        <extracomment>samples used to fit PCA / class / attribute directions (the bundled data sample has 2,000)</extracomment>
        <translation>{name}：是分類器（特徵網路），不是影像生成器；它用於衡量生成器，而不是用於探索</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Principal directions of a VAE come from encoding real images, and there is no bundled sample of the dataset {dataset}</source>
        <translation>VAE 的主方向來自對真實影像的編碼，而資料集 {dataset} 沒有內建樣本</translation>
    </message>
    <message>
        <source>Principal directions of a GAN come from its first layer (GANSpace), and this model&apos;s family does not say which layer that is</source>
        <translation>GAN 的主方向來自其第一層（GANSpace），而此模型的系列沒有說明是哪一層</translation>
    </message>
    <message>
        <source>This model takes the class as an input, so its latent space has no class directions: pick the class with the class selector instead</source>
        <translation>此模型將類別作為輸入，因此其潛在空間沒有類別方向：請改用類別選擇器選擇類別</translation>
    </message>
    <message>
        <source>Class directions need labelled images of the dataset, and there is no bundled sample of {dataset}</source>
        <translation>類別方向需要資料集的帶標籤影像，而 {dataset} 沒有內建樣本</translation>
    </message>
    <message>
        <source>Class directions of a GAN need a classifier (feature network) for its dataset to label the samples, and none is installed for {dataset}</source>
        <translation>GAN 的類別方向需要其資料集的分類器（特徵網路）來標註樣本，而 {dataset} 沒有安裝分類器</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>此模型</translation>
    </message>
    <message>
        <source>Attribute directions follow measurable image properties, and the dataset {dataset} declares none</source>
        <translation>屬性方向沿可測量的影像屬性，而資料集 {dataset} 沒有宣告任何屬性</translation>
    </message>
    <message>
        <source>Attribute directions need grey or colour images</source>
        <translation>屬性方向需要灰度或彩色影像</translation>
    </message>
    <message>
        <source>encoded {dataset} images</source>
        <translation>已編碼的 {dataset} 影像</translation>
    </message>
    <message>
        <source>{FIT_SAMPLES} samples labelled by the {dataset} classifier</source>
        <translation>由 {dataset} 分類器標註的 {FIT_SAMPLES} 個樣本</translation>
    </message>
    <message>
        <source>{description}, from {x0} decoded samples</source>
        <translation>{description}，來自 {x0} 個解碼樣本</translation>
    </message>
    <message>
        <source>{n} decoded samples</source>
        <translation>{n} 個解碼樣本</translation>
    </message>
    <message>
        <source>{n} encoded {dataset} images</source>
        <translation>{n} 張已編碼的 {dataset} 影像</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation>{n} 個樣本</translation>
    </message>
    <message>
        <source>PC{n} ({percent} %)</source>
        <translation>PC{n}（{percent}%）</translation>
    </message>
    <message>
        <source>PC{n} explains {percent} % of the variation in the generator&apos;s first layer over {source} (GANSpace: the layer&apos;s principal components, traced back to the latent)</source>
        <translation>PC{n} 解釋了生成器第一層在 {source} 上 {percent} % 的變化（GANSpace：該層的主成分，映射回潛在空間）</translation>
    </message>
    <message>
        <source>PC{n} explains {percent} % of the variation of {source} in latent space: the direction with the {ordinal} largest spread</source>
        <translation>PC{n} 解釋了 {source} 在潛在空間中 {percent} % 的變化：離散程度第 {ordinal} 大的方向</translation>
    </message>
    <message>
        <source>From the average &apos;{x0}&apos; towards the average &apos;{x1}&apos; (class means of {x2}); the means are {n:.2f} apart</source>
        <translation>從“{x0}”的平均點到“{x1}”的平均點（類別均值來自 {x2}）；兩個均值相距 {n:.2f}</translation>
    </message>
    <message>
        <source>Raw axes</source>
        <extracomment>Basis keys in menu order. Basis titles as source text; show them with ``basis_title(key)`` (context &quot;basis&quot;).</extracomment>
        <translation>原始座標軸</translation>
    </message>
    <message>
        <source>Principal directions</source>
        <translation>主方向</translation>
    </message>
    <message>
        <source>Class directions</source>
        <translation>類別方向</translation>
    </message>
    <message>
        <source>Attribute directions</source>
        <translation>屬性方向</translation>
    </message>
    <message>
        <source>Latent coordinate {i}, in standard deviations of the prior</source>
        <extracomment>basis key → None when available, else a plain-words reason why not</extracomment>
        <translation>潛在座標 {i}，以先驗的標準差為單位</translation>
    </message>
    <message>
        <source>Each slider moves one coordinate of the latent vector z, the numbers the model turns into a picture.</source>
        <extracomment>most sliders built at once; more dimensions than this show the first ones and say so</extracomment>
        <translation>每個滑塊移動潛在向量 z 的一個座標，即模型轉換為圖片的那些數。</translation>
    </message>
    <message>
        <source>Sliders move along the directions in which the latents vary most (principal components), biggest first: usually the most visible changes.</source>
        <translation>滑塊沿潛在向量變化最大的方向（主成分）移動，從最大的開始：通常是最明顯的變化。</translation>
    </message>
    <message>
        <source>Sliders move from the average of one class towards the average of another, e.g. &apos;3 → 8&apos;.</source>
        <translation>滑塊從一個類別的平均點移向另一個類別的平均點，例如“3 → 8”。</translation>
    </message>
    <message>
        <source>Sliders move along directions fitted to measurable properties of the images: stroke thickness, slant and width.</source>
        <translation>滑塊沿根據影像可測量屬性擬合出的方向移動：筆畫粗細、傾斜度和寬度。</translation>
    </message>
    <message>
        <source>Measured: ρ = {rho}, the factor changes by {range} from −3 to +3</source>
        <extracomment>sampled latents a GAN&apos;s directions are fitted on when its card has none</extracomment>
        <translation>實測：ρ = {rho}，從 −3 到 +3 該因素變化 {range}</translation>
    </message>
    <message>
        <source>Largest side effect: {other} changes by {value}</source>
        <translation>最大副作用：{other} 變化 {value}</translation>
    </message>
    <message>
        <source>Steered (+ Steered in the path editor), read by a factor network that did not steer: largest side effect {value} ({other}), straight {straight}</source>
        <translation>引導後（路徑編輯器中的 + 引導掃過），由未參與引導的因素網路讀取：最大副作用 {value}（{other}），直線方向為 {straight}</translation>
    </message>
    <message>
        <source>The perfect edit (real images with only this factor changed, redrawn by this model) changes {other} by {value}</source>
        <translation>完美編輯（只改變此因素的真實影像，由此模型重新繪製）使 {other} 變化 {value}</translation>
    </message>
    <message>
        <source>The perfect edit (real images with only this factor changed) reads as {other} changing by {value}: the factor network&apos;s own error</source>
        <translation>完美編輯（只改變此因素的真實影像）被讀成 {other} 變化 {value}：這是因素網路自身的誤差</translation>
    </message>
    <message>
        <source>{n} encoded {dataset} images, measured for this model&apos;s card</source>
        <translation>{n} 張編碼的 {dataset} 影像，為本模型卡片測得</translation>
    </message>
    <message>
        <source>{n} sampled latents read by the factor network, measured for this model&apos;s card</source>
        <translation>由因素網路讀取的 {n} 個取樣潛變數，為本模型卡片測得</translation>
    </message>
    <message>
        <source>the directions measured for this model&apos;s card ({source})</source>
        <translation>為本模型卡片測得的方向（{source}）</translation>
    </message>
    <message>
        <source>{n} encoded images of the bundled sample</source>
        <translation>內建樣本中 {n} 張編碼影像</translation>
    </message>
    <message>
        <source>{n} sampled latents read by the factor network</source>
        <translation>由因素網路讀取的 {n} 個取樣潛變數</translation>
    </message>
    <message>
        <source>One slider step is the data&apos;s spread along this direction ({scale} prior standard deviations).</source>
        <translation>滑塊的一步等於資料沿此方向的離散程度（先驗標準差的 {scale} 倍）。</translation>
    </message>
</context>
<context>
    <name>classroom</name>
    <message>
        <source>Lesson</source>
        <extracomment>keys a presenter remote sends widgets that use ← / → themselves: while one has the focus, arrows stay with it</extracomment>
        <translation>課程</translation>
    </message>
    <message>
        <source>Presentation sliders</source>
        <translation>簡報滑桿</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>開啟課程(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a lesson (.toml) and show its first step</source>
        <translation>開啟一個課程（.toml）並顯示其第一步</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with large type for a classroom (Esc leaves)</source>
        <translation>用於課堂的大字型全屏（按 Esc 退出）</translation>
    </message>
    <message>
        <source>Presentation &amp;screen</source>
        <translation>演示螢幕(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Record step…</source>
        <translation>錄製步驟(&amp;R)…</translation>
    </message>
    <message>
        <source>Add the current view as a step to a lesson file</source>
        <translation>將當前檢視作為一個步驟新增到課程檔案</translation>
    </message>
    <message>
        <source>&amp;Next step	Page Down</source>
        <translation>下一步(&amp;N)	Page Down</translation>
    </message>
    <message>
        <source>&amp;Previous step	Page Up</source>
        <translation>上一步(&amp;P)	Page Up</translation>
    </message>
    <message>
        <source>&amp;Close lesson</source>
        <translation>關閉課程(&amp;C)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>舞臺</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>&amp;Compare models…</source>
        <extracomment>highlight ids of the compare view → the name its ``widget_for`` / ``highlight`` knows the view&apos;s panels a lesson step&apos;s ``panels`` list switches</extracomment>
        <translation>對比模型(&amp;C)…</translation>
    </message>
    <message>
        <source>Two to four models side by side: same seed, grid, interpolation, reconstruction, and the evidence for the VAE-vs-GAN claims</source>
        <translation>二到四個模型並排：相同種子、網格、插值、重建，以及關於 VAE 與 GAN 論斷的證據</translation>
    </message>
</context>
<context>
    <name>explorer</name>
    <message>
        <source>&amp;Open / Import model…</source>
        <extracomment>explorer docks, in View-menu order</extracomment>
        <translation>開啟 / 匯入模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a .safetensors model or a TorchScript manifest (.json), or import a PyTorch state dict (.pt, .pth, .ckpt…)</source>
        <translation>開啟 .safetensors 模型或 TorchScript 清單（.json），或匯入 PyTorch state dict（.pt、.pth、.ckpt…）</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>匯出影像(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the current image as a PNG, with a JSON file that can recreate it</source>
        <translation>將當前影像儲存為 PNG，並附帶可重建它的 JSON 檔案</translation>
    </message>
    <message>
        <source>Export &amp;grid…</source>
        <translation>匯出網格(&amp;G)…</translation>
    </message>
    <message>
        <source>Save the sample grid as a PNG</source>
        <translation>將樣本網格儲存為 PNG</translation>
    </message>
    <message>
        <source>Export &amp;scale</source>
        <translation>匯出比例(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>複製影像(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the current image (at the export scale) to the clipboard</source>
        <translation>將當前影像（按匯出比例）複製到剪貼簿</translation>
    </message>
    <message>
        <source>&amp;Save latent…</source>
        <translation>儲存潛在向量(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the current point (latent vector, class, seed) as JSON</source>
        <translation>將當前點（潛在向量、類別、種子）儲存為 JSON</translation>
    </message>
    <message>
        <source>&amp;Load latent…</source>
        <translation>載入潛在向量(&amp;L)…</translation>
    </message>
    <message>
        <source>Go to a point saved as JSON, or the point of an exported PNG</source>
        <translation>前往以 JSON 儲存的點，或匯出的 PNG 的點</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>會話另存為(&amp;A)…</translation>
    </message>
    <message>
        <source>Save your bookmarks to a file of your choice</source>
        <translation>將您的書籤儲存到您選擇的檔案</translation>
    </message>
    <message>
        <source>Open sessio&amp;n…</source>
        <translation>開啟會話(&amp;N)…</translation>
    </message>
    <message>
        <source>Add the bookmarks of a saved session file</source>
        <translation>新增已儲存會話檔案中的書籤</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Randomize</source>
        <translation>隨機(&amp;R)</translation>
    </message>
    <message>
        <source>Jump to a random point (a new seed)</source>
        <translation>跳到一個隨機點（新種子）</translation>
    </message>
    <message>
        <source>Back to &amp;origin</source>
        <translation>回到原點(&amp;O)</translation>
    </message>
    <message>
        <source>Go to z = 0, the centre of the latent space</source>
        <translation>前往 z = 0，潛在空間的中心</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>書籤(&amp;B)</translation>
    </message>
    <message>
        <source>Save the current point in Bookmarks</source>
        <translation>將當前點儲存到書籤</translation>
    </message>
    <message>
        <source>&amp;Fit image</source>
        <translation>適應視窗(&amp;F)</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>使影像適應視窗</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Pixel grid</source>
        <translation>像素網格(&amp;P)</translation>
    </message>
    <message>
        <source>Draw a line around every pixel</source>
        <translation>在每個像素周圍畫線</translation>
    </message>
    <message>
        <source>&amp;Smooth scaling</source>
        <translation>平滑縮放(&amp;S)</translation>
    </message>
    <message>
        <source>Blend enlarged pixels (on) or draw each as a crisp square (off, nearest)</source>
        <translation>混合放大的像素（開），或把每個像素畫成清晰的方塊（關，最近鄰）</translation>
    </message>
    <message>
        <source>Look for &amp;models again</source>
        <translation>重新查詢模型(&amp;M)</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Model card</source>
        <translation>模型卡</translation>
    </message>
    <message>
        <source>Latent space</source>
        <translation>潛在空間</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>樣本</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>書籤</translation>
    </message>
</context>
<context>
    <name>factors</name>
    <message>
        <source>{factor}: {value}</source>
        <extracomment>overrides the saved choice and the system locale (``latentlab gui --lang`` overrides it) the shipped CJK font&apos;s id in Qt&apos;s font database, once registered (None: not yet, -1: failed)</extracomment>
        <translation>{factor}：{value}</translation>
    </message>
</context>
<context>
    <name>families</name>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>Variational autoencoder (VAE): an encoder squeezes images into a latent vector, a decoder draws them back</source>
        <translation>變分自編碼器（VAE）：編碼器將影像壓縮為潛在向量，解碼器再把它們畫回來</translation>
    </message>
    <message>
        <source>Conditional VAE</source>
        <translation>條件 VAE</translation>
    </message>
    <message>
        <source>Conditional VAE: a variational autoencoder told which class each image is, so you choose the class and the latent vector draws the style</source>
        <translation>條件 VAE：被告知每張影像類別的變分自編碼器，因此由您選擇類別，潛在向量決定風格</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>Generative adversarial network (GAN): a generator learned to draw images a critic could not tell from real ones</source>
        <translation>生成對抗網路（GAN）：生成器學會了畫出判別器無法與真實影像區分的影像</translation>
    </message>
    <message>
        <source>Conditional GAN</source>
        <translation>條件 GAN</translation>
    </message>
    <message>
        <source>Conditional GAN: a generator told which class to draw, against a critic that also knows the class</source>
        <translation>條件 GAN：被告知要畫哪個類別的生成器，對抗一個同樣知道類別的判別器</translation>
    </message>
    <message>
        <source>WGAN-GP</source>
        <translation>WGAN-GP</translation>
    </message>
    <message>
        <source>GAN trained with the Wasserstein loss and a gradient penalty: a critic that scores instead of classifying, which keeps the generator learning every mode</source>
        <translation>使用 Wasserstein 損失和梯度懲罰訓練的 GAN：評判器打分而非分類，使生成器持續學習每一個模式</translation>
    </message>
    <message>
        <source>TorchScript VAE</source>
        <translation>TorchScript VAE</translation>
    </message>
    <message>
        <source>Your own VAE, exported with TorchScript: a decoder (and, if it ships one, an encoder)</source>
        <translation>您自己用 TorchScript 匯出的 VAE：一個解碼器（若附帶，還有編碼器）</translation>
    </message>
    <message>
        <source>TorchScript GAN</source>
        <translation>TorchScript GAN</translation>
    </message>
    <message>
        <source>Your own GAN generator, exported with TorchScript</source>
        <translation>您自己用 TorchScript 匯出的 GAN 生成器</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>分類器</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>分類器</translation>
    </message>
    <message>
        <source>Feature network: a small CNN classifier the metrics measure generators with</source>
        <translation>特徵網路：度量指標用來衡量生成器的小型 CNN 分類器</translation>
    </message>
    <message>
        <source>Factor network</source>
        <translation>因子網路</translation>
    </message>
    <message>
        <source>factor net</source>
        <translation>因子網路</translation>
    </message>
    <message>
        <source>Feature network that reads every labelled factor of an image (smile, glasses, hair colour…)</source>
        <translation>讀取影像中每個已標註因子（微笑、眼鏡、髮色…）的特徵網路</translation>
    </message>
    <message>
        <source>DCGAN (PyTorch tutorial)</source>
        <translation>DCGAN（PyTorch 教學）</translation>
    </message>
    <message>
        <source>The DCGAN generator of the PyTorch tutorial and examples, imported from its state dict</source>
        <translation>PyTorch 教學和範例中的 DCGAN 生成器，從其 state dict 匯入</translation>
    </message>
    <message>
        <source>Conditional DCGAN (tutorial layout)</source>
        <translation>條件 DCGAN（教學結構）</translation>
    </message>
    <message>
        <source>A class-conditional DCGAN generator (label embedded or one-hot beside z), imported from its state dict</source>
        <translation>類別條件 DCGAN 生成器（標籤經嵌入或以 one-hot 形式與 z 並列），從其 state dict 匯入</translation>
    </message>
    <message>
        <source>MLP VAE (PyTorch examples)</source>
        <translation>MLP VAE（PyTorch 範例）</translation>
    </message>
    <message>
        <source>The fully connected VAE of the PyTorch examples (784-400-20), imported from its state dict</source>
        <translation>PyTorch 範例中的全連線 VAE（784-400-20），從其 state dict 匯入</translation>
    </message>
    <message>
        <source>Convolutional VAE (PyTorch-VAE)</source>
        <translation>卷積 VAE（PyTorch-VAE）</translation>
    </message>
    <message>
        <source>The VanillaVAE of AntixK&apos;s PyTorch-VAE (conv encoder, fc_mu/fc_var), imported from its state dict</source>
        <translation>AntixK 的 PyTorch-VAE 中的 VanillaVAE（卷積編碼器，fc_mu/fc_var），從其 state dict 匯入</translation>
    </message>
    <message>
        <source>torch.export VAE</source>
        <translation>torch.export VAE</translation>
    </message>
    <message>
        <source>Your own VAE, saved with torch.export: a decoder (and, if it ships one, an encoder)</source>
        <translation>您自己的 VAE，用 torch.export 儲存：一個解碼器（若附帶，還有編碼器）</translation>
    </message>
    <message>
        <source>torch.export GAN</source>
        <translation>torch.export GAN</translation>
    </message>
    <message>
        <source>Your own GAN generator, saved with torch.export</source>
        <translation>您自己的 GAN 生成器，用 torch.export 儲存</translation>
    </message>
    <message>
        <source>ONNX VAE</source>
        <translation>ONNX VAE</translation>
    </message>
    <message>
        <source>Your own VAE, exported to ONNX: a decoder (and, if it ships one, an encoder)</source>
        <translation>您自己的 VAE，匯出為 ONNX：一個解碼器（若附帶，還有編碼器）</translation>
    </message>
    <message>
        <source>ONNX GAN</source>
        <translation>ONNX GAN</translation>
    </message>
    <message>
        <source>Your own GAN generator, exported to ONNX</source>
        <translation>您自己的 GAN 生成器，匯出為 ONNX</translation>
    </message>
    <message>
        <source>conditional {kind}</source>
        <translation>條件 {kind}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Arrow keys</source>
        <extracomment>keys handled by widgets or the presenter-remote filter, not by an action of their own</extracomment>
        <translation>方向鍵</translation>
    </message>
    <message>
        <source>Step the focused slider by 0.1 σ (Page Up/Down: 0.5 σ)</source>
        <translation>將目前滑塊移動 0.1 σ（Page Up/Down：0.5 σ）</translation>
    </message>
    <message>
        <source>Page Down / Page Up, → / ←</source>
        <translation>Page Down / Page Up，→ / ←</translation>
    </message>
    <message>
        <source>Next / previous lesson step (arrows: when no slider has the focus)</source>
        <translation>下一步 / 上一步課程（方向鍵：沒有滑塊取得焦點時）</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>離開簡報模式</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the selected bookmark</source>
        <translation>刪除所選書籤</translation>
    </message>
    <message>
        <source>The user guide ({0}) is not installed.</source>
        <translation>使用者指南（{0}）未安裝。</translation>
    </message>
</context>
<context>
    <name>latent</name>
    <message>
        <source>Latent map</source>
        <extracomment>width the path editor and the encode panel ask for when their tab is shown</extracomment>
        <translation>潛在空間地圖</translation>
    </message>
    <message>
        <source>The data in latent space: click to go somewhere, drag the target to scrub</source>
        <translation>潛在空間中的資料：點選前往某處，拖動目標來瀏覽</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路徑</translation>
    </message>
    <message>
        <source>Interpolation paths through keyframes: play, compare lerp and slerp, export</source>
        <translation>經過關鍵幀的插值路徑：播放、比較 lerp 與 slerp、匯出</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>編碼影像</translation>
    </message>
    <message>
        <source>Drop a picture to find its place in latent space (VAEs encode, GANs invert)</source>
        <translation>拖入一張圖片，找到它在潛在空間中的位置（VAE 編碼，GAN 反演）</translation>
    </message>
    <message>
        <source>Add to &amp;path</source>
        <translation>新增到路徑(&amp;P)</translation>
    </message>
    <message>
        <source>Add the current point as the next keyframe of the interpolation path</source>
        <translation>將當前點新增為插值路徑的下一個關鍵幀</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>課程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>點(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>裝置(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>幫助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>Live &amp;training</source>
        <extracomment>panels inside the training panel that a lesson can point at</extracomment>
        <translation>即時訓練(&amp;T)</translation>
    </message>
    <message>
        <source>Train a small model and watch it learn</source>
        <translation>訓練一個小模型並觀察它學習</translation>
    </message>
    <message>
        <source>Live training</source>
        <translation>即時訓練</translation>
    </message>
    <message>
        <source>&amp;GAN vs WGAN-GP</source>
        <extracomment>the action that shows and hides the duel, and the panel / command ids beside it</extracomment>
        <translation>GAN 對 WGAN-GP(&amp;G)</translation>
    </message>
    <message>
        <source>Train the mode-collapse recipe with the plain GAN loss and with the WGAN-GP loss side by side, and watch their class coverage</source>
        <translation>用普通 GAN 損失和 WGAN-GP 損失並排訓練模式崩潰配方，觀察它們的類別覆蓋</translation>
    </message>
    <message>
        <source>GAN vs WGAN-GP</source>
        <translation>GAN 對 WGAN-GP</translation>
    </message>
</context>
</TS>
