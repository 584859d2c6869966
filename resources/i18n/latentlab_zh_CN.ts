<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AnomalyPanel</name>
    <message>
        <source>Scoring failed: {}</source>
        <extracomment>outlier sets made from the normal images (``core.anomaly.outlier_images``) images shown in each strip (most and least unusual) uint8 (2, STRIP·W, H…) montages: row 0 the images, row 1 the model&apos;s reconstructions</extracomment>
        <translation>评分失败：{}</translation>
    </message>
    <message>
        <source>Scoring cancelled.</source>
        <translation>评分已取消。</translation>
    </message>
    <message>
        <source>Normal images:</source>
        <translation>正常图像：</translation>
    </message>
    <message>
        <source>Outliers:</source>
        <translation>异常值：</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>评分：</translation>
    </message>
    <message>
        <source>Images per set:</source>
        <translation>每组图像数：</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Score both sets with the open model</source>
        <translation>用当前打开的模型为两组图像评分</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分数</translation>
    </message>
    <message>
        <source>% of images</source>
        <translation>图像占比（%）</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#0072b2&apos;&gt;normal&lt;/span&gt; · &lt;span style=&apos;color:#d55e00&apos;&gt;outliers&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#0072b2&apos;&gt;正常&lt;/span&gt; · &lt;span style=&apos;color:#d55e00&apos;&gt;异常&lt;/span&gt;</translation>
    </message>
    <message>
        <source>false alarms</source>
        <translation>误报</translation>
    </message>
    <message>
        <source>For every threshold on the score: the share of normal images flagged (false alarms) against the share of outliers caught</source>
        <translation>对每个分数阈值：被标记的正常图像比例（误报）与被检出的异常图像比例</translation>
    </message>
    <message>
        <source>outliers caught</source>
        <translation>检出的异常值</translation>
    </message>
    <message>
        <source>Most unusual (top: image, below: the model&apos;s reconstruction)</source>
        <translation>最不寻常（上：图像，下：模型的重建）</translation>
    </message>
    <message>
        <source>Most typical</source>
        <translation>最典型</translation>
    </message>
    <message>
        <source>No model is open.</source>
        <translation>未打开模型。</translation>
    </message>
    <message>
        <source>This model&apos;s card names no data set with a sample: drop a folder of normal images here.</source>
        <translation>此模型的模型卡未指明带样本的数据集：请将一个包含正常图像的文件夹拖到这里。</translation>
    </message>
    <message>
        <source>a sample of {} (what the model was trained on)</source>
        <translation>{} 的样本（模型的训练数据）</translation>
    </message>
    <message>
        <source>Random noise</source>
        <translation>随机噪声</translation>
    </message>
    <message>
        <source>Inverted normal images</source>
        <translation>反色的正常图像</translation>
    </message>
    <message>
        <source>Normal images turned 90°</source>
        <translation>旋转 90° 的正常图像</translation>
    </message>
    <message>
        <source>Images from a folder…</source>
        <translation>文件夹中的图像…</translation>
    </message>
    <message>
        <source>Reconstruction error</source>
        <translation>重建误差</translation>
    </message>
    <message>
        <source>Negative ELBO</source>
        <translation>负 ELBO</translation>
    </message>
    <message>
        <source>Inversion error (latent search)</source>
        <translation>反演误差（潜在空间搜索）</translation>
    </message>
    <message>
        <source>How far decode(encode(x)) is from x. A VAE rebuilds what it was trained on well and anything else badly.</source>
        <translation>decode(encode(x)) 与 x 相差多远。VAE 能很好地重建它训练过的内容，其他内容则重建得很差。</translation>
    </message>
    <message>
        <source>Reconstruction loss plus how far the image&apos;s code lies from the prior: the VAE&apos;s own measure of how unlikely an image is.</source>
        <translation>重建损失加上图像编码与先验的距离：这是 VAE 自身衡量一张图像有多不可能的指标。</translation>
    </message>
    <message>
        <source>A GAN has no encoder, so each image is scored by searching for the latent that draws it best. Slower (an optimisation per image) and weaker: a generator can often draw something close to an outlier too.</source>
        <translation>GAN 没有编码器，因此通过搜索最能画出该图像的潜在向量来为每张图像评分。这种方法更慢（每张图像都要做一次优化）也更弱：生成器往往也能画出与异常值相近的图像。</translation>
    </message>
    <message>
        <source>Folder of outlier images</source>
        <translation>异常图像文件夹</translation>
    </message>
    <message>
        <source>Folder {}</source>
        <translation>文件夹 {}</translation>
    </message>
    <message>
        <source>Choose the folder of outlier images first.</source>
        <translation>请先选择异常图像所在的文件夹。</translation>
    </message>
    <message>
        <source>This model&apos;s card names no data set: drop a folder of normal images here.</source>
        <translation>此模型的模型卡未指明数据集：请将一个包含正常图像的文件夹拖到这里。</translation>
    </message>
    <message>
        <source>Cannot read the images: {}</source>
        <translation>无法读取图像：{}</translation>
    </message>
    <message>
        <source>Scoring {} normal images and their outliers…</source>
        <translation>正在为 {} 张正常图像及其异常值评分…</translation>
    </message>
    <message>
        <source>ROC AUC {:.3f}: the chance that an outlier scores above a normal image (1 = always, 0.5 = a coin toss).</source>
        <translation>ROC AUC {:.3f}：异常值得分高于正常图像的概率（1 = 总是，0.5 = 抛硬币）。</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>outliers</source>
        <translation>异常值</translation>
    </message>
    <message>
        <source>score (log₁₀)</source>
        <translation>分数（log₁₀）</translation>
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
        <translation>您保存的点。双击或按 Enter 前往，按 F2 重命名，按 Delete 删除。它们会在各次会话之间保留。</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Save the current point under a name (Ctrl+B)</source>
        <translation>以一个名称保存当前点（Ctrl+B）</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>前往</translation>
    </message>
    <message>
        <source>Make the selected bookmark the current point (opens its model if needed)</source>
        <translation>将所选书签设为当前点（如有需要会打开其模型）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected bookmark (Delete key)</source>
        <translation>删除所选书签（Delete 键）</translation>
    </message>
    <message>
        <source>This model only</source>
        <translation>仅此模型</translation>
    </message>
    <message>
        <source>List only the bookmarks made with the open model; untick to see every model&apos;s, grouped by model</source>
        <translation>只列出用当前打开的模型创建的书签；取消勾选则显示所有模型的书签，按模型分组</translation>
    </message>
    <message>
        <source>No bookmarks yet.

Press Ctrl+B (or the Bookmark button) to keep the current point under a name. Bookmarks are kept between sessions.</source>
        <extracomment>the prompt for a new bookmark&apos;s name while it is open (tests answer it)</extracomment>
        <translation>还没有书签。

按 Ctrl+B（或“书签”按钮）即可以一个名称保存当前点。书签会在各次会话之间保留。</translation>
    </message>
    <message>
        <source>Bookmarks made with the model {name}</source>
        <translation>用模型 {name} 创建的书签</translation>
    </message>
    <message>
        <source>, seed {seed}</source>
        <translation>，种子 {seed}</translation>
    </message>
    <message>
        <source>, class {label}</source>
        <translation>，类别 {label}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{model_name}{label}{extra}&lt;br&gt;saved {when}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{model_name}{label}{extra}&lt;br&gt;保存于 {when}</translation>
    </message>
    <message>
        <source>No bookmarks for this model yet ({n} for other models: untick &quot;This model only&quot; to see them).

Press Ctrl+B to keep the current point under a name.</source>
        <translation>此模型还没有书签（其他模型有 {n} 个：取消勾选“仅此模型”即可查看）。

按 Ctrl+B 可将当前点以一个名称保存。</translation>
    </message>
    <message>
        <source>Name of the bookmark ({model}):</source>
        <translation>书签名称（{model}）：</translation>
    </message>
</context>
<context>
    <name>ClassroomFeature</name>
    <message>
        <source>Screen</source>
        <translation>屏幕</translation>
    </message>
    <message>
        <source>Present on this screen (type size {0} px)</source>
        <translation>在此屏幕上演示（字号 {0} px）</translation>
    </message>
    <message>
        <source>{0} (has problems)</source>
        <translation>{0}（有问题）</translation>
    </message>
    <message>
        <source>&amp;{0}. {1}</source>
        <translation>&amp;{0}. {1}</translation>
    </message>
    <message>
        <source>(no bundled lessons)</source>
        <translation>（没有内置课程）</translation>
    </message>
</context>
<context>
    <name>CompareController</name>
    <message>
        <source>Could not list models: {0}</source>
        <translation>无法列出模型：{0}</translation>
    </message>
    <message>
        <source>fitting principal directions…</source>
        <translation>正在拟合主方向…</translation>
    </message>
    <message>
        <source>Could not open {0}: {1}</source>
        <translation>无法打开 {0}：{1}</translation>
    </message>
    <message>
        <source>principal directions of {source}</source>
        <translation>{source} 的主方向</translation>
    </message>
    <message>
        <source>no principal directions: {0}</source>
        <translation>没有主方向：{0}</translation>
    </message>
    <message>
        <source>no real pictures: {0}</source>
        <translation>没有真实图片：{0}</translation>
    </message>
    <message>
        <source>encoding and inverting…</source>
        <translation>正在编码和反演…</translation>
    </message>
    <message>
        <source>reconstruction failed: {0}</source>
        <translation>重建失败：{0}</translation>
    </message>
    <message>
        <source>reconstruction cancelled</source>
        <translation>重建已取消</translation>
    </message>
    <message>
        <source>encoding the pictures…</source>
        <translation>正在编码图片…</translation>
    </message>
    <message>
        <source>inverting the pictures…</source>
        <translation>正在反演图片…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>no real pictures to start from: none of these models&apos; datasets ({datasets}) has a bundled test sample</source>
        <translation>没有可作为起点的真实图片：这些模型的数据集（{datasets}）都没有内置的测试样本</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>seeds {seeds}</source>
        <translation>种子 {seeds}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>从 {start} 到 {end}</translation>
    </message>
    <message>
        <source>no path: {problem}</source>
        <translation>无路径：{problem}</translation>
    </message>
    <message>
        <source>encoded</source>
        <translation>已编码</translation>
    </message>
    <message numerus="yes">
        <source>inverted (%n step(s))</source>
        <translation>
            <numerusform>已反演（%n 步）</numerusform>
        </translation>
    </message>
    <message>
        <source>{how}; end errors {first:.4f} and {last:.4f} (pixel MSE)</source>
        <translation>{how}；端点误差 {first:.4f} 和 {last:.4f}（像素 MSE）</translation>
    </message>
    <message>
        <source>no path: {0}</source>
        <translation>没有路径：{0}</translation>
    </message>
    <message>
        <source>cancelled: press Play or pick other pictures to try again</source>
        <translation>已取消：按“播放”或选择其他图片重试</translation>
    </message>
    <message>
        <source>Measured {name} ({n:,} samples): figures {x0}</source>
        <translation>已测量 {name}（{n:,} 个样本）：数值{x0}</translation>
    </message>
    <message>
        <source>Could not measure {0}: {1}</source>
        <translation>无法测量 {0}：{1}</translation>
    </message>
    <message>
        <source>Nothing to export: no model is open</source>
        <translation>没有可导出的内容：未打开模型</translation>
    </message>
    <message>
        <source>Saved the comparison figure ({w}×{h}) to {x0}</source>
        <translation>已将对比图（{w}×{h}）保存到 {x0}</translation>
    </message>
    <message>
        <source>Could not export the figure: {0}</source>
        <translation>无法导出对比图：{0}</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在启动…</translation>
    </message>
</context>
<context>
    <name>CompareJobs</name>
    <message>
        <source>makes {x0} images; the pictures are {x1}</source>
        <translation>生成 {x0} 的图像；而图片是 {x1}</translation>
    </message>
    <message>
        <source>class {label} is not one of its classes 0..{x0}</source>
        <translation>类别 {label} 不在其类别 0..{x0} 之中</translation>
    </message>
    <message>
        <source>Inverting picture {x0} of {n} into {name}: step {s}/{x1}, error {err:.4f}</source>
        <translation>正在将第 {x0} 张图片（共 {n} 张）反演到 {name}：第 {s}/{x1} 步，误差 {err:.4f}</translation>
    </message>
    <message>
        <source>{x0} picture {x1} of {n} with {name}</source>
        <translation>{x0} 第 {x1} 张图片（共 {n} 张），使用 {name}</translation>
    </message>
    <message>
        <source>reconstruction failed ({exc})</source>
        <translation>重建失败（{exc}）</translation>
    </message>
    <message>
        <source>not written into the model card</source>
        <translation>未写入模型卡</translation>
    </message>
    <message>
        <source>not written: a TorchScript manifest is not a model card</source>
        <translation>未写入：TorchScript 清单不是模型卡</translation>
    </message>
    <message>
        <source>written into the card of {name}</source>
        <translation>已写入 {name} 的模型卡</translation>
    </message>
    <message>
        <source>could not be written into {name} ({exc}); shown for this session only</source>
        <translation>无法写入 {name}（{exc}）；仅在本次会话中显示</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>正在加载 {name}</translation>
    </message>
    <message>
        <source>Drawing the figure</source>
        <translation>正在绘制图表</translation>
    </message>
    <message>
        <source> (inverting the real pictures into {models})</source>
        <translation>（正在把真实图片反演到 {models}）</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>正在保存</translation>
    </message>
</context>
<context>
    <name>ComparePane</name>
    <message>
        <source>Show another model in this pane</source>
        <extracomment>one colour per pane, in pane order: the same colour-blind-safe (Okabe-Ito) colours as the figure frames shown in the filmstrip under an interpolating pane where a title may be broken onto its second line (after these characters)</extracomment>
        <translation>在此窗格中显示另一个模型</translation>
    </message>
    <message>
        <source>Remove this pane (at least two stay)</source>
        <translation>移除此窗格（至少保留两个）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The whole path at a glance: evenly spaced frames from the first picture to the last</source>
        <translation>整条路径一览：从第一张图片到最后一张的等间距帧</translation>
    </message>
    <message>
        <source>How long this pane&apos;s last picture took to compute on the shared render worker</source>
        <translation>此窗格上一张图片在共享渲染线程中的计算耗时</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>（无模型）</translation>
    </message>
    <message>
        <source>{ms:.1f} ms</source>
        <translation>{ms:.1f} 毫秒</translation>
    </message>
    <message>
        <source>This pane&apos;s last render took {ms} ms for 1 image on the shared render worker</source>
        <translation>此窗格上次在共享渲染线程中渲染 1 张图片耗时 {ms} 毫秒</translation>
    </message>
    <message>
        <source>This pane&apos;s last render took {ms} ms for {n} images on the shared render worker</source>
        <translation>此窗格上次在共享渲染线程中渲染 {n} 张图片耗时 {ms} 毫秒</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>latentlab — compare models</source>
        <translation>latentlab — 模型对比</translation>
    </message>
    <message>
        <source>starting…</source>
        <extracomment>on a presentation&apos;s stage: the width is shared again at every resize (the stage&apos;s size arrives after the big type, and the splitter would keep the window&apos;s old proportions)</extracomment>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Export the comparison figure</source>
        <translation>导出对比图</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
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
        <source>{kind} · {dataset} · {dim}-D · {image}</source>
        <translation>{kind} · {dataset} · {dim} 维 · {image}</translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation>无数据集</translation>
    </message>
    <message>
        <source>Drawing…</source>
        <translation>正在绘制…</translation>
    </message>
    <message>
        <source>{model}: principal direction {n} ({source})</source>
        <translation>{model}：主方向 {n}（{source}）</translation>
    </message>
    <message>
        <source>Could not draw: {render_error}</source>
        <translation>无法绘制：{render_error}</translation>
    </message>
    <message>
        <source>Open a model for this pane</source>
        <translation>为此窗格打开一个模型</translation>
    </message>
    <message>
        <source>Models (*.safetensors *.json);;All files (*)</source>
        <translation>模型 (*.safetensors *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Not installed: {models}. Train them (latentlab train) or add the model files to the models folder, then reopen this window.</source>
        <translation>未安装：{models}。请训练它们（latentlab train）或将模型文件添加到模型文件夹，然后重新打开此窗口。</translation>
    </message>
    <message>
        <source>each class in turn</source>
        <translation>依次每个类别</translation>
    </message>
    <message>
        <source>The class every conditional model draws (the others ignore it)</source>
        <translation>每个条件模型绘制的类别（其他模型忽略它）</translation>
    </message>
    <message>
        <source>No real pictures to walk between</source>
        <translation>没有可在其间行走的真实图片</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s)</source>
        <translation>
            <numerusform>%n 帧</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting the figure: {step}</source>
        <translation>正在导出图片：{step}</translation>
    </message>
    <message>
        <source>Figure export cancelled</source>
        <translation>图片导出已取消</translation>
    </message>
    <message>
        <source>MNIST: VAE | GAN</source>
        <translation>MNIST：VAE | GAN</translation>
    </message>
    <message>
        <source>The classic pair: a VAE and a GAN trained on the same handwritten digits</source>
        <translation>经典组合：在相同手写数字上训练的 VAE 和 GAN</translation>
    </message>
    <message>
        <source>MNIST: CVAE | cGAN</source>
        <translation>MNIST：CVAE | cGAN</translation>
    </message>
    <message>
        <source>Conditional versions: both are told which digit to draw (pick it with Class)</source>
        <translation>条件版本：两者都被告知要画哪个数字（在“类别”中选择）</translation>
    </message>
    <message>
        <source>Fashion-MNIST: VAE | GAN</source>
        <translation>Fashion-MNIST：VAE | GAN</translation>
    </message>
    <message>
        <source>A VAE and a GAN trained on small pictures of clothes</source>
        <translation>在服装小图片上训练的 VAE 和 GAN</translation>
    </message>
    <message>
        <source>Compare</source>
        <extracomment>frames per second of a playing path lupdate reads calls named ``translate`` with a literal context; ``view.tr`` would file them under &quot;view&quot;</extracomment>
        <translation>对比</translation>
    </message>
    <message>
        <source>+ Pane</source>
        <translation>+ 窗格</translation>
    </message>
    <message>
        <source>Add a pane (up to four models side by side)</source>
        <translation>添加一个窗格（最多四个模型并排）</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>导出图片…</translation>
    </message>
    <message>
        <source>Save the whole comparison (panes and evidence) as one PNG for slides, with a .json sidecar naming the exact model files (the figure `latentlab compare` draws)</source>
        <translation>将整个对比（窗格和证据）保存为一张用于幻灯片的 PNG，并附带一个注明确切模型文件的 .json 文件（即 `latentlab compare` 绘制的图）</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Same seed</source>
        <translation>相同种子</translation>
    </message>
    <message>
        <source>One picture per model, each drawn from its own prior with the same seed</source>
        <translation>每个模型一张图片，各自用相同的种子从自己的先验中抽取</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>The same N×N draws of the seed in every pane (G)</source>
        <translation>每个窗格中相同种子的 N×N 次抽取（G）</translation>
    </message>
    <message>
        <source>Interpolate</source>
        <translation>插值</translation>
    </message>
    <message>
        <source>Walk between two real pictures (VAEs encode them, GANs invert them) or between seeds</source>
        <translation>在两张真实图片之间漫游（VAE 编码它们，GAN 反演它们），或在种子之间漫游</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Every model draws its sample(s) from its own prior with this seed (the same random numbers, cut to each model&apos;s latent size)</source>
        <translation>每个模型都用这个种子从自己的先验中抽取样本（相同的随机数，按各模型的潜在向量大小截取）</translation>
    </message>
    <message>
        <source>New seed</source>
        <translation>新种子</translation>
    </message>
    <message>
        <source>A new random seed for every pane (R)</source>
        <translation>为每个窗格生成新的随机种子（R）</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Grid size N (N×N samples per pane); also the samples in the exported figure</source>
        <translation>网格大小 N（每个窗格 N×N 个样本）；也是导出图片中的样本数</translation>
    </message>
    <message>
        <source>Link sliders</source>
        <translation>联动滑块</translation>
    </message>
    <message>
        <source>Linked: one set of sliders moves every pane along its own principal directions. Unlinked: each pane has its own sliders.</source>
        <translation>联动：一组滑块让每个窗格沿其自身的主方向移动。不联动：每个窗格有自己的滑块。</translation>
    </message>
    <message>
        <source>Reconstruction</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>Show real test pictures next to each model&apos;s copy of them (VAE: encoder; GAN: inversion, in the background)</source>
        <translation>在每个模型的复制品旁显示真实测试图片（VAE：编码器；GAN：反演，在后台进行）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Show the claims, measured figures, coverage and training curves</source>
        <translation>显示论断、测量数值、覆盖率和训练曲线</translation>
    </message>
    <message>
        <source>Same seed: every model gets the same random numbers (the same latent vector). Each model decodes them into its own picture, so different models drawing different things (a 1 beside a 7) is expected: compare how good the pictures are, not whether they match.</source>
        <translation>相同种子：每个模型得到相同的随机数（相同的潜在向量）。每个模型会把它们解码成自己的图片，因此不同模型画出不同的东西（1 旁边是 7）是正常的：请比较图片的质量，而不是它们是否一致。</translation>
    </message>
    <message>
        <source>Linked sliders:</source>
        <translation>联动滑块：</translation>
    </message>
    <message>
        <source>Each slider moves every pane along that pane&apos;s own principal direction (PCA of sampled latents for GANs, of encoded real images for VAEs)</source>
        <translation>每个滑块让每个窗格沿其自身的主方向移动（GAN 为采样潜在向量的 PCA，VAE 为编码后真实图片的 PCA）</translation>
    </message>
    <message>
        <source>Play the walk back and forth (Space)</source>
        <translation>来回播放漫游（空格键）</translation>
    </message>
    <message>
        <source>Where on the path every pane is: drag to move all panes together</source>
        <translation>所有窗格在路径上的位置：拖动可同时移动所有窗格</translation>
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
        <translation>slerp：沿球面，先验样本所在之处；lerp：直线（穿过中心，那里样本很少）</translation>
    </message>
    <message>
        <source>Frames on the path</source>
        <translation>路径上的帧数</translation>
    </message>
    <message>
        <source>Other pictures</source>
        <translation>其他图片</translation>
    </message>
    <message>
        <source>Walk between two other real test pictures</source>
        <translation>在另外两张真实测试图片之间漫游</translation>
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
        <translation>最近的文件</translation>
    </message>
    <message>
        <source>Could not list models</source>
        <translation>无法列出模型</translation>
    </message>
    <message>
        <source>Opened {name} ({kind}, {dim}-D latent, loaded in {ms:.0f} ms on {device})</source>
        <translation>已打开 {name}（{kind}，{dim} 维潜在空间，在 {device} 上用时 {ms:.0f} 毫秒加载）</translation>
    </message>
    <message>
        <source>Could not open {0}: {1}.</source>
        <translation>无法打开 {0}：{1}。</translation>
    </message>
    <message>
        <source>Could not save the recent-files list</source>
        <translation>无法保存最近文件列表</translation>
    </message>
    <message>
        <source>Could not use {0}: {1}. Staying on {2}.</source>
        <translation>无法使用 {0}：{1}。继续使用 {2}。</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Could not fit {0}</source>
        <translation>无法拟合{0}</translation>
    </message>
    <message>
        <source>Could not save your bookmarks: {0}. They stay in this window; use File ▸ Save session to keep them elsewhere.</source>
        <translation>无法保存您的书签：{0}。它们仍保留在此窗口中；请使用 文件 ▸ 会话另存为 将其保存到别处。</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>Skipped a model file: {p}</source>
        <translation>已跳过一个模型文件：{p}</translation>
    </message>
    <message>
        <source>No bundled models yet: open a model file with File ▸ Open (Ctrl+O)</source>
        <translation>还没有内置模型：请通过 文件 ▸ 打开（Ctrl+O）打开模型文件</translation>
    </message>
    <message>
        <source>Opening {label}…</source>
        <translation>正在打开 {label}…</translation>
    </message>
    <message>
        <source> The model {name} stays open.</source>
        <translation> 模型 {name} 保持打开。</translation>
    </message>
    <message>
        <source> It was removed from Recent files.</source>
        <translation>它已从最近文件中移除。</translation>
    </message>
    <message>
        <source>Cannot open model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>Now rendering on {device}</source>
        <translation>现在在 {device} 上渲染</translation>
    </message>
    <message>
        <source>Could not draw the sample grid: {error}</source>
        <translation>无法绘制样本网格：{error}</translation>
    </message>
    <message>
        <source>Render failed: {error} (showing the last good image)</source>
        <translation>渲染失败：{error}（显示上一张正常的图像）</translation>
    </message>
    <message>
        <source>render {ms:.1f} ms</source>
        <translation>渲染 {ms:.1f} 毫秒</translation>
    </message>
    <message>
        <source> · {fps:.0f} fps</source>
        <translation> · {fps:.0f} 帧/秒</translation>
    </message>
    <message>
        <source>Fitting {title}…</source>
        <translation>正在拟合{title}…</translation>
    </message>
    <message>
        <source>Fitting {title} for {name}…</source>
        <translation>正在为 {name} 拟合{title}…</translation>
    </message>
    <message>
        <source>Sliders now move along {title}</source>
        <translation>滑块现在沿{title}移动</translation>
    </message>
    <message>
        <source>Not enough classes were found to make class directions (samples per class: {counts})</source>
        <translation>找到的类别不足以构建类别方向（每类样本数：{counts}）</translation>
    </message>
    <message>
        <source>Bookmark {name!r} has {n} numbers; {model} needs {latent_dim}</source>
        <translation>书签 {name!r} 有 {n} 个数；{model} 需要 {latent_dim} 个</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Went to bookmark {name!r}</source>
        <translation>已前往书签 {name!r}</translation>
    </message>
    <message>
        <source>Bookmark {name!r} belongs to {model} ({model_path}), which is no longer there.</source>
        <translation>书签 {name!r} 属于 {model}（{model_path}），该模型已不存在。</translation>
    </message>
    <message>
        <source>Could not save the session to {0}</source>
        <translation>无法将会话保存到 {0}</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n bookmark(s) to {path}</source>
        <translation>
            <numerusform>已将 %n 个书签保存到 {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open the session: {exc}</source>
        <translation>无法打开会话：{exc}</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message numerus="yes">
        <source>Added %n bookmark(s) from {name}</source>
        <translation>
            <numerusform>已从 {name} 添加 %n 个书签</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to export yet: open a model first</source>
        <translation>还没有可导出的内容：请先打开一个模型</translation>
    </message>
    <message>
        <source>The current point failed to render; exporting the last good image is refused</source>
        <translation>当前点渲染失败；拒绝导出上一张正常的图像</translation>
    </message>
    <message>
        <source>Could not export the image</source>
        <translation>无法导出图像</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
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
        <translation>已导出 {out}（{how}），其设置保存在 {name}.json 中</translation>
    </message>
    <message>
        <source>The sample grid is not ready yet</source>
        <translation>样本网格尚未就绪</translation>
    </message>
    <message>
        <source>Could not export the grid</source>
        <translation>无法导出网格</translation>
    </message>
    <message>
        <source>Exported the {grid_size}×{grid_size} grid to {out}</source>
        <translation>已将 {grid_size}×{grid_size} 网格导出到 {out}</translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation>请先打开一个模型</translation>
    </message>
    <message>
        <source>Could not save the latent</source>
        <translation>无法保存潜在向量</translation>
    </message>
    <message>
        <source>Save latent</source>
        <translation>保存潜在向量</translation>
    </message>
    <message>
        <source>Saved the current point to {path}</source>
        <translation>已将当前点保存到 {path}</translation>
    </message>
    <message>
        <source>Could not load the latent</source>
        <translation>无法加载潜在向量</translation>
    </message>
    <message>
        <source>Load latent</source>
        <translation>加载潜在向量</translation>
    </message>
    <message>
        <source>{name} holds a {dim}-D latent; {model} needs {latent_dim}</source>
        <translation>{name} 包含 {dim} 维潜在向量；{model} 需要 {latent_dim} 维</translation>
    </message>
    <message>
        <source>Loaded the point from {name}</source>
        <translation>已从 {name} 加载点</translation>
    </message>
    <message>
        <source>The model of {name} ({model_file}) is not here; using it with {model}</source>
        <translation>{name} 的模型（{model_file}）不在此处；改用 {model}</translation>
    </message>
    <message>
        <source>The model of {name} ({model_file}) is not here</source>
        <translation>{name} 的模型（{model_file}）不在此处</translation>
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
        <translation>判别器</translation>
    </message>
    <message>
        <source>critic</source>
        <translation>评判器</translation>
    </message>
    <message>
        <source>Wasserstein estimate</source>
        <translation>Wasserstein 距离估计</translation>
    </message>
    <message>
        <source>What this generator draws now from 64 fixed latents (the same latents in both panes)</source>
        <translation>这个生成器此刻用 64 个固定的潜在向量画出的图像（两个面板中的潜在向量相同）</translation>
    </message>
    <message>
        <source>Samples appear here</source>
        <translation>样本将显示在这里</translation>
    </message>
    <message>
        <source>Class coverage over the steps</source>
        <translation>类别覆盖随步数的变化</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Coloured bands: the share of the 64 samples in each class, as the dataset&apos;s classifier reads them. White line: class entropy (1 = every class equally often, 0 = one class only). Bands narrowing to a few colours is mode collapse. Dashed: what a perfect generator&apos;s 64 samples reach by chance.</source>
        <translation>彩色条带：数据集分类器读出的 64 个样本中每个类别的占比。白线：类别熵（1 = 每个类别出现得一样多，0 = 只有一个类别）。条带收窄到少数几种颜色就是模式崩溃。虚线：完美生成器的 64 个样本因随机性能达到的值。</translation>
    </message>
    <message>
        <source>class entropy: –</source>
        <translation>类别熵：–</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Samples after {steps} steps</source>
        <translation>{steps} 步后的样本</translation>
    </message>
    <message>
        <source>class entropy {value} at step {step} (1 = even)</source>
        <translation>第 {step} 步的类别熵 {value}（1 = 均匀）</translation>
    </message>
    <message>
        <source>most drawn: {name} {share}</source>
        <translation>最常画出：{name} {share}</translation>
    </message>
    <message>
        <source>{n} of {k} classes never drawn</source>
        <translation>{k} 个类别中有 {n} 个从未画出</translation>
    </message>
</context>
<context>
    <name>DuelPanel</name>
    <message>
        <source>MNIST (digits)</source>
        <translation>MNIST（数字）</translation>
    </message>
    <message>
        <source>Fashion-MNIST (clothes)</source>
        <translation>Fashion-MNIST（服饰）</translation>
    </message>
    <message>
        <source>Generator steps of each run. The WGAN-GP critic learns on {n} batches per generator step, the plain discriminator on one, so the WGAN-GP side takes longer</source>
        <extracomment>tests: train on this ImageDataset instead of loading one; and extra TrainConfig fields</extracomment>
        <translation>每次运行的生成器步数。WGAN-GP 的评判器每个生成器步骤在 {n} 个批次上学习，普通判别器只在一个批次上学习，所以 WGAN-GP 一侧用时更长</translation>
    </message>
    <message>
        <source>Channels of the first layer, the same in both runs. 16 trains about 4× faster than 32 on a laptop CPU.</source>
        <translation>第一层的通道数，两次运行相同。在笔记本 CPU 上，16 比 32 训练快约 4 倍。</translation>
    </message>
    <message>
        <source>Images per training step, the same in both</source>
        <translation>每个训练步的图像数，两者相同</translation>
    </message>
    <message>
        <source>How often the grids and the class coverage are read</source>
        <translation>多久读取一次样本网格和类别覆盖</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>Both runs start from this seed: the same first generator, data order and grid latents. Try a few: one run shows one seed, not how often a recipe collapses.</source>
        <translation>两次运行都从这个种子开始：相同的初始生成器、数据顺序和网格潜在向量。多试几个：一次运行只说明一个种子，不说明配方崩溃的频率。</translation>
    </message>
    <message>
        <source>Use the bundled sample if missing</source>
        <translation>缺失时使用内置样本</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批量大小</translation>
    </message>
    <message>
        <source>Grid every</source>
        <translation>网格间隔</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Start both</source>
        <translation>同时开始</translation>
    </message>
    <message>
        <source>Train the plain GAN and the WGAN-GP from scratch, one step of each in turn</source>
        <translation>从头训练普通 GAN 和 WGAN-GP，两者轮流各走一步</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End both runs now; their models and the log so far are kept</source>
        <translation>立即结束两次运行；保留目前的模型和记录</translation>
    </message>
    <message>
        <source>Export figure…</source>
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Save both panes (grids, class coverage over time, losses) as one PNG for slides, with a .json sidecar holding the run&apos;s log</source>
        <translation>把两个面板（网格、随时间变化的类别覆盖、损失）保存为一张用于幻灯片的 PNG，并附带保存运行记录的 .json 文件</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>The mode-collapse recipe, trained twice: with the plain GAN loss on the left and with the WGAN-GP loss (a Wasserstein critic with a gradient penalty, and its own optimiser settings) on the right. Same seed, data, network size, batch and number of generator steps.</source>
        <translation>模式崩溃配方训练两次：左边用普通 GAN 损失，右边用 WGAN-GP 损失（带梯度惩罚的 Wasserstein 评判器，以及它自己的优化器设置）。种子、数据、网络大小、批量和生成器步数都相同。</translation>
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
        <translation>{loss} 损失，{norm}，每步 {n} 个生成器步 · 学习率 {lr:g}</translation>
    </message>
    <message>
        <source>spectral norm</source>
        <translation>谱归一化</translation>
    </message>
    <message>
        <source>no spectral norm</source>
        <translation>无谱归一化</translation>
    </message>
    <message>
        <source>Wasserstein critic, gradient penalty λ {gp:g}, one generator step per {n} critic steps · lr {lr:g}</source>
        <translation>Wasserstein 评判器，梯度惩罚 λ {gp:g}，每 {n} 个评判器步对应一个生成器步 · 学习率 {lr:g}</translation>
    </message>
    <message>
        <source>latentlab (GAN vs WGAN-GP)</source>
        <translation>latentlab（GAN 对 WGAN-GP）</translation>
    </message>
    <message>
        <source>The duel is still running: stop it first</source>
        <translation>对比仍在运行：请先停止</translation>
    </message>
    <message>
        <source>Starting both runs…</source>
        <translation>正在启动两次运行…</translation>
    </message>
    <message>
        <source>Stopping (saving both models so far)…</source>
        <translation>正在停止（保存两个模型的当前状态）…</translation>
    </message>
    <message>
        <source>Nothing to export yet: start the duel and wait for the first grids</source>
        <translation>还没有可导出的内容：请开始对比并等待第一批网格</translation>
    </message>
    <message>
        <source>Could not export the figure: {problem}</source>
        <translation>无法导出图表：{problem}</translation>
    </message>
    <message>
        <source>Saved the figure to {path}</source>
        <translation>图表已保存到 {path}</translation>
    </message>
    <message>
        <source>Export the duel as a figure</source>
        <translation>将对比导出为图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>step {a:,} (plain GAN) and {b:,} (WGAN-GP) of {total:,}</source>
        <translation>第 {a:,} 步（普通 GAN）和第 {b:,} 步（WGAN-GP），共 {total:,} 步</translation>
    </message>
    <message>
        <source>The duel failed</source>
        <translation>对比失败</translation>
    </message>
    <message>
        <source>The duel failed: {text}</source>
        <translation>对比失败：{text}</translation>
    </message>
</context>
<context>
    <name>DuelWorker</name>
    <message>
        <source>The full dataset is not installed here, so both runs train on the bundled {n:,}-image sample instead.</source>
        <extracomment>seconds between two curve/status updates of a pane sent to the GUI</extracomment>
        <translation>这里没有安装完整的数据集，所以两次运行都改用内置的 {n:,} 张图像样本训练。</translation>
    </message>
    <message>
        <source>No class coverage for this data (no classifier for it).</source>
        <translation>这些数据没有类别覆盖（没有对应的分类器）。</translation>
    </message>
    <message>
        <source>Stopped after {a:,} and {b:,} steps; both models and the log are in {folder}</source>
        <translation>在 {a:,} 步和 {b:,} 步后停止；两个模型和记录都在 {folder}</translation>
    </message>
    <message>
        <source>Finished {n:,} steps of each; both models and the log are in {folder}</source>
        <translation>各完成 {n:,} 步；两个模型和记录都在 {folder}</translation>
    </message>
</context>
<context>
    <name>EncodePanel</name>
    <message>
        <source>The image as the model sees it: converted to its size and colours</source>
        <translation>模型所见的图像：已转换为它的尺寸和颜色</translation>
    </message>
    <message>
        <source>What the model draws from the latent it found for the image</source>
        <translation>模型根据为该图像找到的潜在向量所绘制的内容</translation>
    </message>
    <message>
        <source>original (converted)</source>
        <translation>原图（已转换）</translation>
    </message>
    <message>
        <source>model&apos;s redrawing</source>
        <translation>模型重绘</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>打开图像…</translation>
    </message>
    <message>
        <source>Pick a PNG or JPG file (any size: it is converted to the model&apos;s shape)</source>
        <translation>选择一个 PNG 或 JPG 文件（任意尺寸：会被转换为模型的形状）</translation>
    </message>
    <message>
        <source>Which image of the bundled test sample (2,000 images, 200 per class)</source>
        <translation>内置测试样本中的哪张图像（2,000 张，每类 200 张）</translation>
    </message>
    <message>
        <source>Test image</source>
        <translation>测试图像</translation>
    </message>
    <message>
        <source>Encode this image of the dataset&apos;s bundled test sample</source>
        <translation>编码数据集内置测试样本中的这张图像</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>A random image of the test sample</source>
        <translation>测试样本中的一张随机图像</translation>
    </message>
    <message>
        <source>The class the (conditional) model is told the image belongs to</source>
        <translation>告诉（条件）模型该图像所属的类别</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>step %v of %m</source>
        <translation>第 %v 步，共 %m 步</translation>
    </message>
    <message>
        <source>GAN inversion: how many optimisation steps are done</source>
        <translation>GAN 反演：已完成多少优化步骤</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the search; the best match so far is kept</source>
        <translation>停止搜索；保留目前最佳的匹配</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>GAN inversion: optimisation steps (more: closer match, longer wait)</source>
        <translation>GAN 反演：优化步数（越多：匹配越接近，等待越久）</translation>
    </message>
    <message>
        <source>Go to point</source>
        <translation>前往该点</translation>
    </message>
    <message>
        <source>Make the image&apos;s latent the current point (done automatically when it is found)</source>
        <translation>将图像的潜在向量设为当前点（找到后会自动执行）</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Keep the image&apos;s point in Bookmarks</source>
        <translation>将图像的点保存到书签</translation>
    </message>
    <message>
        <source>Add to path</source>
        <translation>添加到路径</translation>
    </message>
    <message>
        <source>Use the image&apos;s point as the next keyframe of the path</source>
        <translation>将图像的点用作路径的下一个关键帧</translation>
    </message>
    <message>
        <source>latent dimension</source>
        <translation>潜在维度</translation>
    </message>
    <message>
        <source>For each latent number: the encoder&apos;s mean (bar centre) ± its uncertainty σ (bar), and where the current point is (red dot). Thin bars: the image pins that number down; bars near ±1 wide: it barely matters to the image.</source>
        <translation>对每个潜在数：编码器的均值（条形中心）± 其不确定度 σ（条形），以及当前点的位置（红点）。细条：图像确定了这个数；接近 ±1 宽的条：它对图像几乎没有影响。</translation>
    </message>
    <message>
        <source>&lt;b&gt;{source}&lt;/b&gt; {what}{state}&lt;br&gt;error (MSE) {err} · PSNR {psnr} dB</source>
        <translation>&lt;b&gt;{source}&lt;/b&gt; {what}{state}&lt;br&gt;误差（MSE）{err} · PSNR {psnr} dB</translation>
    </message>
    <message>
        <source>Drop an
image here
(PNG, JPG…)</source>
        <translation>将图像
拖放到这里
（PNG、JPG…）</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>请先打开一个模型。</translation>
    </message>
    <message>
        <source>There is no bundled sample of the dataset {name}</source>
        <translation>没有数据集 {name} 的内置样本</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>The encoder maps it to a mean and an uncertainty σ per latent number.</source>
        <translation>编码器将其映射为每个潜在数的均值和不确定度 σ。</translation>
    </message>
    <message>
        <source>A GAN has no encoder: the latent is found by optimisation (a few seconds).</source>
        <translation>GAN 没有编码器：潜在向量通过优化求得（需要几秒钟）。</translation>
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
        <translation>拖入一张图片、打开一张，或使用测试图像。它会被转换为 {w}×{h} {colours}。{how}</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>编码图像</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Encoded the first of %n dropped file(s)</source>
        <translation>
            <numerusform>已编码拖入的 %n 个文件中的第一个</numerusform>
        </translation>
    </message>
    <message>
        <source>The dropped data is not an image</source>
        <translation>拖入的数据不是图像</translation>
    </message>
    <message>
        <source>Encoding {what}…</source>
        <translation>正在编码 {what}…</translation>
    </message>
    <message>
        <source>Inverting {what}…</source>
        <translation>正在反演 {what}…</translation>
    </message>
    <message>
        <source>searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>%v/%m · error {err}</source>
        <translation>%v/%m · 误差 {err}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Could not use it:&lt;/span&gt; {text}</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;无法使用：&lt;/span&gt;{text}</translation>
    </message>
    <message>
        <source>encoded</source>
        <translation>已编码</translation>
    </message>
    <message>
        <source>inverted</source>
        <translation>已反演</translation>
    </message>
    <message>
        <source> — &lt;b&gt;cancelled&lt;/b&gt; after {n} steps: best so far</source>
        <translation> — 在 {n} 步后&lt;b&gt;已取消&lt;/b&gt;：目前最佳</translation>
    </message>
    <message>
        <source>The search brought the error from {first} (best random start) to {best} in {steps} steps.</source>
        <translation>搜索在 {steps} 步内将误差从 {first}（最佳随机起点）降到 {best}。</translation>
    </message>
    <message>
        <source>Mean ± σ of the encoder for each latent number below; the sliders (raw axes) show the same bands. Typical σ here: {sigma}.</source>
        <translation>下方为编码器对每个潜在数的均值 ± σ；滑块（原始坐标轴）显示相同的区间。此处典型的 σ：{sigma}。</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <source>Claims</source>
        <extracomment>a font size set in points by a label&apos;s own stylesheet (what :meth:`EvidencePanel.set_font_scale` rewrites) a claim card puts the VAE and GAN claims side by side only when each column gets this many average characters the width the card may take (the panel&apos;s), when that is less than its own body text size in pixels while scaled up (presentation mode); None: the sizes as designed</extracomment>
        <translation>论断</translation>
    </message>
    <message>
        <source> samples</source>
        <translation> 个样本</translation>
    </message>
    <message>
        <source>How many samples to generate when measuring (latentlab eval uses 10,000; fewer is quicker but FID is then biased upwards)</source>
        <translation>测量时生成多少样本（latentlab eval 使用 10,000 个；更少会更快，但 FID 会因此偏高）</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Top: share of generated samples the dataset&apos;s classifier puts in each class (dashed: an even share, 1/K; mode collapse shows as missing or tall bars). Bottom: the losses logged during training, on their real values (a log scale when all are positive, as a VAE&apos;s are; the dashed curve is the total; smooth = stable, jagged = oscillating).</source>
        <translation>上图：数据集分类器将生成样本归入各类别的比例（虚线：均匀比例 1/K；模式崩溃表现为缺失或过高的柱）。下图：训练期间记录的损失，按其真实值绘制（当全部为正值时使用对数刻度，VAE 的损失即是如此；虚线为总损失；平滑 = 稳定，锯齿 = 振荡）。</translation>
    </message>
    <message>
        <source>Coverage &amp;&amp; training</source>
        <translation>覆盖率和训练</translation>
    </message>
    <message>
        <source>no dataset</source>
        <translation>无数据集</translation>
    </message>
    <message>
        <source>Claims checked on the {dataset} models ({models}); left out: {left_out}: figures are only compared on the same dataset.</source>
        <translation>论断已在 {dataset} 模型（{models}）上检验；未包含：{left_out}：数值只在同一数据集上比较。</translation>
    </message>
    <message>
        <source>unknown dataset</source>
        <translation>未知数据集</translation>
    </message>
    <message>
        <source>Open models to check the claims against them.</source>
        <translation>打开模型以用它们检验论断。</translation>
    </message>
    <message>
        <source>Not measured yet: {models} — use Compute in the Figures tab (or run latentlab eval).</source>
        <translation>尚未测量：{models} — 请使用“数值”标签页中的“计算”（或运行 latentlab eval）。</translation>
    </message>
    <message>
        <source>{measured} of {total} claims could be checked with figures from the model cards.</source>
        <translation>{total} 条论断中有 {measured} 条可用模型卡中的数值检验。</translation>
    </message>
    <message>
        <source>The measured figures agree with the claim for every VAE-GAN pair</source>
        <translation>对每一对 VAE-GAN，测量数值都与论断一致</translation>
    </message>
    <message>
        <source>The measured figures do not agree with the claim</source>
        <translation>测量数值与论断不一致</translation>
    </message>
    <message>
        <source>No figure to test this claim with yet</source>
        <translation>尚无可检验此论断的数值</translation>
    </message>
    <message>
        <source>VAE claim:</source>
        <translation>VAE 论断：</translation>
    </message>
    <message>
        <source>GAN claim:</source>
        <translation>GAN 论断：</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{tint}; font-weight:700&apos;&gt;{who}&lt;/span&gt; {text}</source>
        <translation>&lt;span style=&apos;color:{tint}; font-weight:700&apos;&gt;{who}&lt;/span&gt; {text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence:&lt;/b&gt; {evidence}</source>
        <translation>&lt;b&gt;证据：&lt;/b&gt;{evidence}</translation>
    </message>
    <message>
        <source>Figures used: {figures}</source>
        <translation>使用的数值：{figures}</translation>
    </message>
    <message>
        <source>Measured in the dataset classifier&apos;s feature space against real test images (latentlab eval).</source>
        <translation>在数据集分类器的特征空间中，对照真实测试图像测量（latentlab eval）。</translation>
    </message>
    <message>
        <source> Different datasets ({datasets}): compare figures only within one dataset; best shaded among the {dataset} models.</source>
        <translation> 不同的数据集（{datasets}）：只在同一数据集内比较数值；在 {dataset} 模型中以底色标出最佳者。</translation>
    </message>
    <message>
        <source> Best model per row shaded.</source>
        <translation> 每行最佳模型以底色标出。</translation>
    </message>
    <message>
        <source>Measure in the background:</source>
        <translation>在后台测量：</translation>
    </message>
    <message>
        <source>Measure again: {model}</source>
        <translation>重新测量：{model}</translation>
    </message>
    <message>
        <source>Compute: {model}</source>
        <translation>计算：{model}</translation>
    </message>
    <message>
        <source>Measure {model} now (FID, KID, precision/recall, sharpness, coverage, path length) and write the figures into its model card</source>
        <translation>现在测量 {model}（FID、KID、精确率/召回率、清晰度、覆盖率、路径长度）并把数值写入其模型卡</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未测量</translation>
    </message>
    <message>
        <source>{model} · class coverage</source>
        <translation>{model} · 类别覆盖率</translation>
    </message>
    <message>
        <source>entropy {entropy} (1 = even)</source>
        <translation>熵 {entropy}（1 = 均匀）</translation>
    </message>
    <message>
        <source> · rarest class {share}</source>
        <translation> · 最少见类别 {share}</translation>
    </message>
    <message>
        <source>
(dashed line: an even share, 1/{k} = {share})</source>
        <translation>
（虚线：均匀比例，1/{k} = {share}）</translation>
    </message>
    <message>
        <source>oscillation {value} ({curve}, 0 = smooth)</source>
        <translation>振荡 {value}（{curve}，0 = 平滑）</translation>
    </message>
    <message>
        <source>{curve}: {low} to {high}</source>
        <translation>{curve}：{low} 到 {high}</translation>
    </message>
    <message>
        <source>dashed: even share 1/{k}</source>
        <translation>虚线：均匀比例 1/{k}</translation>
    </message>
    <message>
        <source>not measured: Compute it in the Figures tab</source>
        <translation>未测量：请在“数值”标签页中计算</translation>
    </message>
    <message>
        <source>no training log in the model card</source>
        <translation>模型卡中没有训练日志</translation>
    </message>
    <message>
        <source>The losses logged during training, on the axis&apos;s real values:</source>
        <translation>训练期间记录的损失，按坐标轴的真实值：</translation>
    </message>
    <message>
        <source>{model} · training losses</source>
        <translation>{model} · 训练损失</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>训练步数</translation>
    </message>
    <message>
        <source>loss (log scale)</source>
        <translation>损失（对数刻度）</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
</context>
<context>
    <name>ExplorerFeature</name>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>  (missing)</source>
        <translation>  （缺失）</translation>
    </message>
    <message>
        <source>Auto (best available)</source>
        <translation>自动（最佳可用）</translation>
    </message>
    <message>
        <source>MPS (Apple GPU)</source>
        <translation>MPS（Apple GPU）</translation>
    </message>
    <message>
        <source>Use a GPU when there is one, else the CPU</source>
        <translation>有 GPU 时使用 GPU，否则使用 CPU</translation>
    </message>
    <message>
        <source>Run the model on {0}</source>
        <translation>在 {0} 上运行模型</translation>
    </message>
    <message>
        <source>Models ({0});;All files (*)</source>
        <translation>模型 ({0});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation>请先打开一个模型</translation>
    </message>
    <message>
        <source>Open or import a model</source>
        <translation>打开或导入模型</translation>
    </message>
    <message>
        <source>Export image ({0} px)</source>
        <translation>导出图像（{0} 像素）</translation>
    </message>
    <message>
        <source>Export grid</source>
        <translation>导出网格</translation>
    </message>
    <message>
        <source>Save latent</source>
        <translation>保存潜在向量</translation>
    </message>
    <message>
        <source>Load latent</source>
        <translation>加载潜在向量</translation>
    </message>
    <message>
        <source>Latent or export (*.json *.png);;All files (*)</source>
        <translation>潜在向量或导出文件 (*.json *.png);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>Nothing to copy yet</source>
        <translation>还没有可复制的内容</translation>
    </message>
    <message>
        <source>Copied the image ({0}×{1} px) to the clipboard</source>
        <translation>已将图像（{0}×{1} 像素）复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>ExplorerState</name>
    <message>
        <source>Point {n}</source>
        <extracomment>the latent moved; argument: list of changed coefficient indices, or None for &quot;all&quot; the longer side of an exported or copied image, in pixels: slide-ready by default True while the point is exactly the sample of ``seed`` (so truncation can re-draw it)</extracomment>
        <translation>点 {n}</translation>
    </message>
</context>
<context>
    <name>FiguresTable</name>
    <message>
        <source>figure</source>
        <extracomment>rows of the figures table: (key, label, which way is better)</extracomment>
        <translation>数值</translation>
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
        <translation>未测量</translation>
    </message>
    <message>
        <source>real vs real
(floor)</source>
        <translation>真实 vs 真实
（下限）</translation>
    </message>
    <message>
        <source>The same figure between two sets of real images: what a perfect generator would score</source>
        <translation>两组真实图像之间的同一数值：完美生成器会得到的分数</translation>
    </message>
    <message>
        <source>{model}&apos;s card holds no {figure}: press Compute below (or run latentlab eval {model})</source>
        <translation>{model} 的模型卡中没有 {figure}：请按下方的“计算”（或运行 latentlab eval {model}）</translation>
    </message>
    <message>
        <source>Best {figure} of the models trained on {dataset}</source>
        <translation>在 {dataset} 上训练的模型中最佳的 {figure}</translation>
    </message>
</context>
<context>
    <name>Filmstrip</name>
    <message>
        <source>Every frame of the path. Click or drag to scrub (instant: the frames are ready), double-click a frame to make its point the current one. Marked: the keyframes.</source>
        <translation>路径的每一帧。点击或拖动即可浏览（即时：帧已就绪），双击某帧可将其点设为当前点。标记的是关键帧。</translation>
    </message>
</context>
<context>
    <name>GridCanvas</name>
    <message>
        <source>Samples appear here</source>
        <translation>样本会显示在这里</translation>
    </message>
    <message>
        <source>Seed {seed}: click to make it the current point</source>
        <translation>种子 {seed}：点击将其设为当前点</translation>
    </message>
</context>
<context>
    <name>ImageView</name>
    <message>
        <source>The image the model draws for the current point. Scroll to zoom, drag to move around, double-click to fit it to the window again.</source>
        <translation>模型为当前点绘制的图像。滚动缩放，拖动移动，双击使其重新适应窗口。</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No model open&lt;/h2&gt;&lt;p&gt;Pick a model on the left, use File ▸ Open (Ctrl+O),&lt;br&gt;or drop a &lt;tt&gt;.safetensors&lt;/tt&gt; file onto this window.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;未打开模型&lt;/h2&gt;&lt;p&gt;在左侧选择一个模型，使用 文件 ▸ 打开（Ctrl+O），&lt;br&gt;或将 &lt;tt&gt;.safetensors&lt;/tt&gt; 文件拖放到此窗口。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Which model drew this image, and from which point: a seed (a reproducible random point) or a point you edited with the sliders</source>
        <translation>哪个模型画了这张图像，以及来自哪个点：一个种子（可复现的随机点）或您用滑块编辑过的点</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Fit the image to the window (double-click the image does the same)</source>
        <translation>使图像适应窗口（双击图像效果相同）</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Pixel grid</source>
        <translation>像素网格</translation>
    </message>
    <message>
        <source>Draw a line around every pixel (visible when zoomed in) — the model makes the image one pixel at a time</source>
        <translation>在每个像素周围画线（放大时可见）— 模型逐像素生成图像</translation>
    </message>
    <message>
        <source>Smooth</source>
        <translation>平滑</translation>
    </message>
    <message>
        <source>Blend enlarged pixels smoothly; off, each pixel is drawn as a crisp square (nearest)</source>
        <translation>平滑混合放大后的像素；关闭时每个像素都绘制为清晰的方块（最近邻）</translation>
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
        <translation>导出或复制的 PNG 的长边，以像素计（512 及以上在投影仪上清晰）</translation>
    </message>
    <message>
        <source>Pixelated</source>
        <translation>像素化</translation>
    </message>
    <message>
        <source>How the small image is enlarged: pixelated keeps every model pixel a sharp square (by a whole factor); smooth blends them (Lanczos)</source>
        <translation>小图像的放大方式：像素化让模型的每个像素保持为清晰的方块（按整数倍放大）；平滑则将它们混合（Lanczos）</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save this image as a PNG file, with a .json file beside it that can recreate it exactly (Ctrl+E)</source>
        <translation>将此图像保存为 PNG 文件，旁边附带一个可精确重建它的 .json 文件（Ctrl+E）</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this image to the clipboard (Ctrl+Shift+C)</source>
        <translation>将此图像复制到剪贴板（Ctrl+Shift+C）</translation>
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
        <source>seed {seed}</source>
        <translation>种子 {seed}</translation>
    </message>
    <message>
        <source>edited point</source>
        <translation>已编辑的点</translation>
    </message>
    <message>
        <source>class {name}</source>
        <translation>类别 {name}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {0}</source>
        <extracomment>the preview grid is drawn at about this many pixels a side a match (or a failure) has been shown; tests and lessons wait for it</extracomment>
        <translation>导入 {0}</translation>
    </message>
    <message>
        <source>Reading {0} (tensors only: no code in it is run)…</source>
        <translation>正在读取 {0}（仅张量：不会运行其中的任何代码）…</translation>
    </message>
    <message>
        <source>Automatic (try every known architecture)</source>
        <translation>自动（尝试所有已知架构）</translation>
    </message>
    <message>
        <source>The architecture the weights belong to; automatic matching reads it off the tensors&apos; names and shapes</source>
        <translation>权重所属的架构；自动匹配会根据张量的名称和形状识别</translation>
    </message>
    <message>
        <source>(not specified)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>What it was trained on (optional): recorded in the model card, and its class names are used when the count fits</source>
        <translation>训练所用的数据（可选）：会记录在模型卡中，若类别数相符则使用其类别名称</translation>
    </message>
    <message>
        <source>optional, comma-separated: cat, dog, …</source>
        <translation>可选，用逗号分隔：cat, dog, …</translation>
    </message>
    <message>
        <source>Class names of a conditional model, in label order</source>
        <translation>条件模型的类别名称，按标签顺序</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Found at</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>潜在向量</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Class names</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Seeds 0 to 15 drawn by the imported model</source>
        <translation>由导入的模型绘制的种子 0 到 15</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>详细信息…</translation>
    </message>
    <message>
        <source>Import and open</source>
        <translation>导入并打开</translation>
    </message>
    <message>
        <source>{0} numbers</source>
        <translation>{0} 个数</translation>
    </message>
    <message>
        <source> (the original takes (N, {0}))</source>
        <translation>（原模型接受 (N, {0})）</translation>
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
        <source>{0} in {1}</source>
        <translation>{1} 中的 {0}</translation>
    </message>
    <message>
        <source>{0} channel(s), {1}×{2} ({3})</source>
        <translation>{0} 个通道，{1}×{2}（{3}）</translation>
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
        <translation>无（无条件）</translation>
    </message>
    <message>
        <source>Matched {0}. Check the shapes and the samples, then import.</source>
        <translation>已匹配 {0}。请检查形状和样本，然后导入。</translation>
    </message>
    <message>
        <source>If you know the architecture, choose it above; a generator of another kind opens as a TorchScript file with a JSON manifest (README ▸ Bring your own model).</source>
        <translation>如果您知道架构，请在上方选择；其他类型的生成器可作为带 JSON 清单的 TorchScript 文件打开（README ▸ Bring your own model）。</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
</context>
<context>
    <name>LatentFeature</name>
    <message>
        <source>seed {seed}</source>
        <translation>种子 {seed}</translation>
    </message>
    <message>
        <source>The path was not recorded: lessons store paths of seeds only, and this path has keyframes from other sources (encoded images, bookmarks or edited points).</source>
        <translation>路径未被记录：课程只保存由种子组成的路径，而此路径含有其他来源的关键帧（编码的图像、书签或编辑过的点）。</translation>
    </message>
    <message>
        <source>The path&apos;s frame counts differ between segments; they were not recorded (the lesson uses its default).</source>
        <translation>路径各段的帧数不同；未记录它们（课程使用默认值）。</translation>
    </message>
</context>
<context>
    <name>LatentJobs</name>
    <message>
        <source>{n:,} {dataset} test images, encoded (the encoder&apos;s means)</source>
        <extracomment>points on the latent map (the bundled data sample has 2,000 images) most principal components offered as map axes frames decoded per batch when rendering a path; the same as core.interpolation.render_path&apos;s default, so the app&apos;s frames are bit-identical to ``latentlab interpolate --keyframes`` factor name → (N,) float32 value per point: the labels of real images, or what the factor network reads in samples (a category as its value&apos;s index); empty when the dataset has none categorical factor name → its value names (a factor not listed here is a number)</extracomment>
        <translation>{n:,} 张 {dataset} 测试图像，已编码（编码器的均值）</translation>
    </message>
    <message>
        <source>This VAE is given the class as an input, so its latents need not separate the classes</source>
        <translation>此 VAE 将类别作为输入，因此其潜在向量不必区分各类别</translation>
    </message>
    <message>
        <source>Points are not coloured by class: {why}</source>
        <translation>点未按类别着色：{why}</translation>
    </message>
    <message>
        <source>Points are not coloured by class: the {dataset} classifier takes {x0} images, the model draws {x1}</source>
        <translation>点未按类别着色：{dataset} 分类器接受 {x0} 的图像，而模型绘制的是 {x1}</translation>
    </message>
    <message>
        <source>{n:,} samples of the prior</source>
        <translation>{n:,} 个先验样本</translation>
    </message>
    <message>
        <source>, coloured by the class the classifier sees</source>
        <translation>，按分类器看到的类别着色</translation>
    </message>
    <message>
        <source>Each sample got a random class as input: in a conditional model the class does not come from z, so the colours mix</source>
        <translation>每个样本都以随机类别作为输入：在条件模型中类别不是来自 z，因此颜色会混杂</translation>
    </message>
    <message>
        <source>the model does not say which dataset it imitates</source>
        <translation>该模型未说明它模仿的是哪个数据集</translation>
    </message>
    <message>
        <source>the classifier for {dataset!r} could not be found ({exc})</source>
        <translation>找不到 {dataset!r} 的分类器（{exc}）</translation>
    </message>
    <message>
        <source>no classifier (feature network) for {dataset!r} is installed</source>
        <translation>未安装 {dataset!r} 的分类器（特征网络）</translation>
    </message>
    <message>
        <source>there is no bundled sample of the dataset {x0!r} to pick an image from; drop an image file instead</source>
        <translation>数据集 {x0!r} 没有可供挑选图像的内置样本；请改为拖入一个图像文件</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>{dataset} test image #{i} ({x0})</source>
        <translation>{dataset} 测试图像 #{i}（{x0}）</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>拖入的图像</translation>
    </message>
    <message>
        <source>{name}: a folder, not an image file</source>
        <translation>{name}：是文件夹，不是图像文件</translation>
    </message>
    <message>
        <source>{dataset} has no factor network to steer by</source>
        <translation>{dataset} 没有可用于引导的因素网络</translation>
    </message>
    <message>
        <source>the factor network does not read {name}</source>
        <translation>因素网络不读取 {name}</translation>
    </message>
</context>
<context>
    <name>LatentMap</name>
    <message>
        <source>What the map shows across: a principal component (PC) of the points — the directions in which they spread most — or one raw latent coordinate z_i</source>
        <extracomment>the map&apos;s points are computed this long after the map is shown with a new model</extracomment>
        <translation>地图横向显示的内容：这些点的一个主成分（PC）— 它们分布最广的方向 — 或一个原始潜在坐标 z_i</translation>
    </message>
    <message>
        <source>What the map shows up: a principal component (PC) of the points — the directions in which they spread most — or one raw latent coordinate z_i</source>
        <translation>地图纵向显示的内容：这些点的一个主成分（PC）— 它们分布最广的方向 — 或一个原始潜在坐标 z_i</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Show what the decoder draws all over the visible part of the map, instead of the points (for a 2-D latent this is the whole learned manifold). Zoom or pan and it is drawn again for what you see. Click an image to go there.</source>
        <translation>在地图的整个可见区域显示解码器绘制的内容，而不是点（对于二维潜在空间，这就是整个学到的流形）。缩放或平移后会为所见区域重新绘制。点击图像即可前往。</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Show all the points (double-click the map does the same)</source>
        <translation>显示所有点（双击地图效果相同）</translation>
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
        <translation>点的颜色表示什么：类别，或数据集的某个因素（真实图像用其已知值，样本用因素网络从中读出的值）</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Open a model to see its latent space</source>
        <translation>打开一个模型以查看其潜在空间</translation>
    </message>
    <message>
        <source>The map needs a latent with at least two numbers</source>
        <translation>地图需要至少有两个数的潜在向量</translation>
    </message>
    <message>
        <source>Encoding the test images… (the map fills in when they are done)</source>
        <translation>正在编码测试图像…（完成后地图会填满）</translation>
    </message>
    <message>
        <source>Drawing samples… (the map fills in when they are done). The points will not be coloured by class: {reason}</source>
        <translation>正在绘制样本…（完成后地图会被填充）。这些点不会按类别着色：{reason}</translation>
    </message>
    <message>
        <source>Drawing and classifying samples… (the map fills in when they are done)</source>
        <translation>正在绘制并分类样本…（完成后地图会填满）</translation>
    </message>
    <message>
        <source>What the decoder draws all over the whole 2-D latent space. Zoom or pan to see more; click an image to go there.</source>
        <translation>解码器在整个二维潜在空间上绘制的内容。缩放或平移以查看更多；点击图像即可前往。</translation>
    </message>
    <message>
        <source>What the decoder draws all over the plane through the current point along these two axes (the other numbers stay as they are). Zoom or pan to see more; click an image to go there.</source>
        <translation>解码器在经过当前点、沿这两个轴的平面上绘制的内容（其他数保持不变）。缩放或平移以查看更多；点击图像即可前往。</translation>
    </message>
    <message>
        <source>{source}. Click to go somewhere, drag the target, hover a point to see it.</source>
        <translation>{source}。点击前往某处，拖动目标，悬停在点上查看它。</translation>
    </message>
    <message>
        <source>The map could not be drawn: {reason}</source>
        <translation>无法绘制地图：{reason}</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>principal component {i}</source>
        <translation>主成分 {i}</translation>
    </message>
    <message>
        <source>test image {i} · class {name}</source>
        <translation>测试图像 {i} · 类别 {name}</translation>
    </message>
    <message>
        <source>sample {i} · looks like {name}</source>
        <translation>样本 {i} · 看起来像 {name}</translation>
    </message>
    <message>
        <source>test image {i}</source>
        <translation>测试图像 {i}</translation>
    </message>
    <message>
        <source>sample {i}</source>
        <translation>样本 {i}</translation>
    </message>
</context>
<context>
    <name>LatentSliders</name>
    <message>
        <source>What the sliders move along.</source>
        <translation>滑块沿什么移动。</translation>
    </message>
    <message>
        <source>The class the directions start from: each slider then leads towards another class</source>
        <translation>方向的起始类别：每个滑块通向另一个类别</translation>
    </message>
    <message>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Go to mean</source>
        <translation>前往均值</translation>
    </message>
    <message>
        <source>Jump to the average point of this class</source>
        <translation>跳到此类别的平均点</translation>
    </message>
    <message>
        <source>How far the sliders reach, in standard deviations of the prior. Almost all training samples lie within ±3.</source>
        <translation>滑块的范围，以先验的标准差为单位。几乎所有训练样本都在 ±3 以内。</translation>
    </message>
    <message>
        <source>Sliders move along</source>
        <translation>滑块沿</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation>请先打开一个模型</translation>
    </message>
    <message>
        <source>Showing the first {MAX_ROWS} of {size} sliders.</source>
        <translation>显示 {size} 个滑块中的前 {MAX_ROWS} 个。</translation>
    </message>
    <message>
        <source>Fitted on {x0}. Sliders add to the point you were at.</source>
        <translation>拟合自：{x0}。滑块会加到您原来所在的点上。</translation>
    </message>
    <message>
        <source>Shaded: the encoded image&apos;s mean {mean:+.2f} ± σ {sigma:.2f} (where the encoder thinks this number lies)</source>
        <translation>阴影：编码图像的均值 {mean:+.2f} ± σ {sigma:.2f}（编码器认为此数值所在之处）</translation>
    </message>
</context>
<context>
    <name>LatentTools</name>
    <message>
        <source>Could not draw the latent map: {reason}</source>
        <extracomment>width the path editor and the encode panel ask for when their tab is shown the map&apos;s background work starts a batch only after this long without a new frame being asked for</extracomment>
        <translation>无法绘制潜在空间地图：{reason}</translation>
    </message>
    <message>
        <source>Could not draw the decoded images: {reason}</source>
        <translation>无法绘制解码的图像：{reason}</translation>
    </message>
    <message>
        <source>Open a model first, then drop an image on it</source>
        <translation>请先打开一个模型，然后将图像拖放到上面</translation>
    </message>
    <message>
        <source>An inversion is still running: wait for it or press Cancel</source>
        <translation>反演仍在进行：请等待或按“取消”</translation>
    </message>
    <message>
        <source>test image #{x0}</source>
        <translation>测试图像 #{x0}</translation>
    </message>
    <message>
        <source>dropped image</source>
        <translation>拖入的图像</translation>
    </message>
    <message>
        <source>Inverting {what}: searching for the latent whose image matches it…</source>
        <translation>正在反演 {what}：搜索其图像与之匹配的潜在向量…</translation>
    </message>
    <message>
        <source>The result for {source} belongs to a model that is no longer open; it was put aside</source>
        <translation>{source} 的结果属于一个已不再打开的模型；已将其搁置</translation>
    </message>
    <message>
        <source>Inversion of {source} cancelled after {steps} steps. The best match so far is shown (error {error:.4f}); the current point was not changed — use “Go to point” to take it.</source>
        <translation>{source} 的反演在 {steps} 步后取消。显示目前最佳的匹配（误差 {error:.4f}）；当前点未改变 — 请用“前往该点”采用它。</translation>
    </message>
    <message>
        <source>Encoded</source>
        <translation>已编码</translation>
    </message>
    <message>
        <source>Inverted</source>
        <translation>已反演</translation>
    </message>
    <message>
        <source>{what} {source}: mean squared error {error:.4f}</source>
        <translation>{what} {source}：均方误差 {error:.4f}</translation>
    </message>
    <message>
        <source>Could not use that image: {text}. Nothing was changed.</source>
        <translation>无法使用该图像：{text}。未做任何更改。</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>编码图像</translation>
    </message>
    <message>
        <source>Open a model first</source>
        <translation>请先打开一个模型</translation>
    </message>
    <message>
        <source>Could not add the keyframe: {exc}</source>
        <translation>无法添加关键帧：{exc}</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Added keyframe {count}: {name}</source>
        <translation>已添加关键帧 {count}：{name}</translation>
    </message>
    <message>
        <source>seed {seed}</source>
        <translation>种子 {seed}</translation>
    </message>
    <message>
        <source>point {n}</source>
        <translation>点 {n}</translation>
    </message>
    <message>
        <source>current point</source>
        <translation>当前点</translation>
    </message>
    <message>
        <source>Move the slider to sweep along first</source>
        <translation>请先移动要扫过的滑块</translation>
    </message>
    <message>
        <source>sweep along {name}</source>
        <translation>沿 {name} 扫过</translation>
    </message>
    <message>
        <source>The path sweeps along {name} from {low:+g} to {high:+g}</source>
        <translation>路径沿 {name} 从 {low:+g} 扫到 {high:+g}</translation>
    </message>
    <message>
        <source>Only a named factor&apos;s slider (a smile, say) can be steered: choose Attribute directions of a model whose dataset has a factor network</source>
        <translation>只有命名因素的滑块（例如微笑）可以引导：请为数据集带有因素网络的模型选择“属性方向”</translation>
    </message>
    <message>
        <source>steered sweep along {name}</source>
        <translation>沿 {name} 的引导扫过</translation>
    </message>
    <message>
        <source>The path sweeps along {name} from {low:+g} to {high:+g}, steered so that the factor network reads every other factor unchanged</source>
        <translation>路径沿 {name} 从 {low:+g} 扫到 {high:+g}，并经过引导，使因素网络读到的其他所有因素保持不变</translation>
    </message>
    <message>
        <source>Could not steer the sweep: {reason}</source>
        <translation>无法引导扫过：{reason}</translation>
    </message>
    <message>
        <source>Bookmark {name!r} has {n} numbers; {model} needs {latent_dim}</source>
        <translation>书签 {name!r} 有 {n} 个数；{model} 需要 {latent_dim} 个</translation>
    </message>
    <message>
        <source>bookmark {name}</source>
        <translation>书签 {name}</translation>
    </message>
    <message>
        <source>Encode an image first</source>
        <translation>请先编码一张图像</translation>
    </message>
    <message>
        <source>encoded {source}</source>
        <translation>已编码的 {source}</translation>
    </message>
    <message>
        <source>inverted {source}</source>
        <translation>已反演的 {source}</translation>
    </message>
    <message>
        <source>Bookmarked {name!r}</source>
        <translation>已加入书签：{name!r}</translation>
    </message>
    <message>
        <source>Could not render the path: {reason}</source>
        <translation>无法渲染路径：{reason}</translation>
    </message>
    <message>
        <source>A path needs at least two keyframes</source>
        <translation>路径至少需要两个关键帧</translation>
    </message>
    <message>
        <source>Could not save the keyframes: {reason}</source>
        <translation>无法保存关键帧：{reason}</translation>
    </message>
    <message>
        <source>Save keyframes</source>
        <translation>保存关键帧</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n keyframe(s) to {out}</source>
        <translation>
            <numerusform>已将 %n 个关键帧保存到 {out}</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a model first: keyframes belong to a model</source>
        <translation>请先打开一个模型：关键帧属于某个模型</translation>
    </message>
    <message>
        <source>{name} holds keyframes with {n} numbers</source>
        <translation>{name} 中的关键帧有 {n} 个数</translation>
    </message>
    <message>
        <source> (made with {made})</source>
        <translation>（用 {made} 制作）</translation>
    </message>
    <message>
        <source>; {model} needs {n}</source>
        <translation>；{model} 需要 {n} 个</translation>
    </message>
    <message>
        <source>Could not open the keyframes: {text}. The current path is unchanged.</source>
        <translation>无法打开关键帧：{text}。当前路径未改变。</translation>
    </message>
    <message>
        <source>Open keyframes</source>
        <translation>打开关键帧</translation>
    </message>
    <message>
        <source>{name} was made with {made}; it is opened with {model} (same latent size, different model: the images will differ)</source>
        <translation>{name} 是用 {made} 制作的；现在用 {model} 打开（潜在向量大小相同，但模型不同：图像会有所不同）</translation>
    </message>
    <message>
        <source>Some keyframes of {name} have no class; they use the current class</source>
        <translation>{name} 中的一些关键帧没有类别；它们使用当前类别</translation>
    </message>
    <message numerus="yes">
        <source>Opened %n keyframe(s) ({frame_count} frames) from {name}</source>
        <translation>
            <numerusform>已从 {name} 打开 %n 个关键帧（{frame_count} 帧）</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a path first: add at least two keyframes</source>
        <translation>请先创建路径：至少添加两个关键帧</translation>
    </message>
    <message>
        <source>The path is not rendered yet</source>
        <translation>路径尚未渲染</translation>
    </message>
    <message>
        <source>An export is still being written</source>
        <translation>仍在写入一个导出文件</translation>
    </message>
    <message>
        <source>GIFs play at most {GIF_MAX_FPS} frames per second (browsers slow faster ones down): this one plays at {GIF_MAX_FPS}</source>
        <translation>GIF 最多每秒播放 {GIF_MAX_FPS} 帧（浏览器会放慢更快的）：此 GIF 以 {GIF_MAX_FPS} 帧播放</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>正在写入 {name}…</translation>
    </message>
    <message>
        <source>looping GIF</source>
        <translation>循环 GIF</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>contact sheet</source>
        <translation>缩略图表</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Exported the path ({frame_count} frames) as a {what}: {out}</source>
        <translation>已将路径（{frame_count} 帧）导出为{what}：{out}</translation>
    </message>
    <message>
        <source>Could not export the path: {reason}</source>
        <translation>无法导出路径：{reason}</translation>
    </message>
    <message>
        <source>Export path</source>
        <translation>导出路径</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <source>Step of the lesson (Page Down / → next, Page Up / ← back)</source>
        <extracomment>the lesson bar outside presentation mode (the light theme has no rules for it) Qt sent LanguageChange (a translator was installed): the open lesson&apos;s text should follow which control the step points at this model lacks, and why (&quot;&quot; hides it)</extracomment>
        <translation>课程步骤（Page Down / → 下一步，Page Up / ← 上一步）</translation>
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
        <translation>关闭课程</translation>
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
        <translation>模型对比视图</translation>
    </message>
    <message>
        <source>the latent map</source>
        <translation>潜在空间地图</translation>
    </message>
    <message>
        <source>the path editor</source>
        <translation>路径编辑器</translation>
    </message>
    <message>
        <source>live training</source>
        <translation>实时训练</translation>
    </message>
    <message>
        <source>the scoring</source>
        <extracomment>what each action a step&apos;s ``run`` starts is called in the lesson bar&apos;s note when it cannot start</extracomment>
        <translation>评分</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <extracomment>the current step is fully applied (model open, point set); for tests and recordings the lesson bar&apos;s note on a highlighted control the open model lacks (&quot;&quot; when none) start (or switch) live-training runs when a step asks for them where &quot;Record step&quot; appends (None: asks, defaulting to a file in the user&apos;s folder) the token of the step waiting for its model to open (its highlight waits for the model) what the last recorded step could not include (e.g. a path of encoded images); &quot;&quot; if nothing</extracomment>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation>课程 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{name} cannot be used as a lesson</source>
        <translation>{name} 不能用作课程</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Lesson has problems</source>
        <translation>课程有问题</translation>
    </message>
    <message>
        <source>Lesson &apos;{title}&apos; uses models that are not installed: {listed}. Those steps show their text only; the rest of the lesson works.</source>
        <translation>课程“{title}”使用了未安装的模型：{listed}。这些步骤只显示文字；课程的其余部分正常。</translation>
    </message>
    <message>
        <source>This step needs the model {names}, which is not installed here.</source>
        <translation>此步骤需要模型 {names}，但这里没有安装。</translation>
    </message>
    <message>
        <source>This step starts {0}, which this window does not have.</source>
        <translation>这一步要启动{0}，但此窗口没有这项功能。</translation>
    </message>
    <message>
        <source>This step could not start {0} by itself: see the message, then press its button.</source>
        <translation>这一步无法自动启动{0}：请查看提示信息，然后按对应的按钮。</translation>
    </message>
    <message>
        <source>Could not open {x0!r} (see the message).</source>
        <translation>无法打开 {x0!r}（见消息）。</translation>
    </message>
    <message>
        <source>{name} has no class {label!r}.</source>
        <translation>{name} 没有类别 {label!r}。</translation>
    </message>
    <message>
        <source>The step&apos;s point has {n} numbers; {name} uses {latent_dim}.</source>
        <translation>步骤的点有 {n} 个数；{name} 使用 {latent_dim} 个。</translation>
    </message>
    <message>
        <source>The {wanted} directions could not be fitted for this model.</source>
        <translation>无法为此模型拟合{wanted}方向。</translation>
    </message>
    <message>
        <source>Direction {direction!r} is not among this model&apos;s sliders.</source>
        <translation>方向 {direction!r} 不在此模型的滑块中。</translation>
    </message>
    <message>
        <source>This step needs {0}, which this window does not have yet: read the text, and the lesson goes on.</source>
        <translation>此步骤需要{0}，而此窗口还没有：请阅读文字，课程会继续。</translation>
    </message>
    <message>
        <source>Could not build the path: {0}</source>
        <translation>无法构建路径：{0}</translation>
    </message>
    <message>
        <source>This model has no truncation control: it is a {kind}, and truncation applies to GANs only.</source>
        <extracomment>keys carried from step to step (caption, title and highlight belong to one step only) view ids a step can show (see latentlab.core.lesson_ids)</extracomment>
        <translation>此模型没有截断控件：它是 {kind}，截断只适用于 GAN。</translation>
    </message>
    <message>
        <source>This model has no truncation control: truncation applies to GANs only.</source>
        <translation>此模型没有截断控件：截断只适用于 GAN。</translation>
    </message>
    <message>
        <source>This model has no class selector: it is not conditional, so it cannot be told which class to draw.</source>
        <translation>此模型没有类别选择器：它不是条件模型，无法指定它画哪个类别。</translation>
    </message>
    <message>
        <source>This model does not have the control this step points at.</source>
        <translation>此模型没有这一步所指的控件。</translation>
    </message>
    <message>
        <source>These models have no class selector: none of them is conditional, so none can be told which class to draw.</source>
        <translation>这些模型没有类别选择器：它们都不是条件模型，所以无法指定它们画哪个类别。</translation>
    </message>
    <message>
        <source>These models do not have the control this step points at.</source>
        <translation>这些模型没有这一步所指的控件。</translation>
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
        <translation>模型运行的位置（在“设备”菜单中更改）</translation>
    </message>
    <message>
        <source>How long the last image took to compute, and how many images per second are being shown</source>
        <translation>上一张图像的计算耗时，以及每秒显示多少张图像</translation>
    </message>
    <message>
        <source>device: {0}</source>
        <translation>设备：{0}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>About latentlab</source>
        <translation>关于 latentlab</translation>
    </message>
    <message>
        <source>Explore what VAEs and GANs have learned: move through their latent space and watch the images change.</source>
        <translation>探索 VAE 和 GAN 学到了什么：在它们的潜在空间中移动，观察图像如何变化。</translation>
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
        <translation>出错了</translation>
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
        <translation>未知数据</translation>
    </message>
    <message>
        <source>{n}-D latent</source>
        <translation>{n} 维潜在空间</translation>
    </message>
    <message>
        <source>Models you can explore. Click one to open it.</source>
        <extracomment>the narrowest the model list and the card get, in average characters of their font</extracomment>
        <translation>可供探索的模型。点击即可打开。</translation>
    </message>
    <message>
        <source>Bundled models</source>
        <translation>内置模型</translation>
    </message>
    <message>
        <source>Your models</source>
        <translation>您的模型</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open a .safetensors model or a TorchScript manifest (.json) from disk (Ctrl+O). You can also drop the file onto the window.</source>
        <translation>从磁盘打开 .safetensors 模型或 TorchScript 清单（.json）（Ctrl+O）。也可以将文件拖放到窗口中。</translation>
    </message>
    <message>
        <source>{path}
{params:,} parameters — click to open</source>
        <translation>{path}
{params:,} 个参数 — 点击打开</translation>
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
此文件已不存在（已移动或删除）。点击它会将其从列表中移除。</translation>
    </message>
    <message>
        <source>No bundled models found.
Use Open file… below.</source>
        <translation>未找到内置模型。
请使用下方的“打开文件…”。</translation>
    </message>
</context>
<context>
    <name>ModelCard</name>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Training time</source>
        <translation>训练时间</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>训练设备</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存于</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>final discriminator loss</source>
        <extracomment>the other keys ``latentlab train`` and ``latentlab eval`` store under ``metrics``, in words</extracomment>
        <translation>最终判别器损失</translation>
    </message>
    <message>
        <source>final generator loss</source>
        <translation>最终生成器损失</translation>
    </message>
    <message>
        <source>final score of real images</source>
        <translation>真实图像的最终得分</translation>
    </message>
    <message>
        <source>final score of generated images</source>
        <translation>生成图像的最终得分</translation>
    </message>
    <message>
        <source>final loss</source>
        <translation>最终损失</translation>
    </message>
    <message>
        <source>final reconstruction loss</source>
        <translation>最终重建损失</translation>
    </message>
    <message>
        <source>final KL divergence</source>
        <translation>最终 KL 散度</translation>
    </message>
    <message>
        <source>final accuracy</source>
        <translation>最终准确率</translation>
    </message>
    <message>
        <source>test accuracy</source>
        <translation>测试准确率</translation>
    </message>
    <message>
        <source>KID standard deviation</source>
        <translation>KID 标准差</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>样本数</translation>
    </message>
    <message>
        <source>real images</source>
        <translation>真实图像数</translation>
    </message>
    <message>
        <source>real images for the floor</source>
        <translation>用于下限的真实图像数</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>real images from</source>
        <translation>真实图像来源</translation>
    </message>
    <message>
        <source>classifier&apos;s test accuracy</source>
        <translation>分类器测试准确率</translation>
    </message>
    <message>
        <source>time (s)</source>
        <translation>用时（秒）</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
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
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>潜在向量大小</translation>
    </message>
    <message>
        <source>{n} numbers</source>
        <translation>{n} 个数</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
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
        <translation>参数</translation>
    </message>
    <message>
        <source>Discriminator</source>
        <translation>判别器</translation>
    </message>
    <message>
        <source>File size</source>
        <translation>文件大小</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Runs on</source>
        <translation>运行于</translation>
    </message>
    <message>
        <source>How it was trained</source>
        <translation>训练方式</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>测量结果</translation>
    </message>
    <message>
        <source>evaluation (latentlab eval)</source>
        <translation>评估（latentlab eval）</translation>
    </message>
    <message>
        <source>end of training</source>
        <translation>训练结束时</translation>
    </message>
    <message>
        <source>included ({n} parameters, from {where})</source>
        <translation>已包含（{n} 个参数，来自 {where}）</translation>
    </message>
    <message>
        <source>included ({n} parameters)</source>
        <translation>已包含（{n} 个参数）</translation>
    </message>
    <message>
        <source>Facts about the open model, read from its file: what it is, what it learned from, how it was trained, and how it scored</source>
        <translation>关于当前模型的信息，读自其文件：它是什么、从什么学习、如何训练以及得分如何</translation>
    </message>
    <message>
        <source>No model open.</source>
        <translation>未打开模型。</translation>
    </message>
</context>
<context>
    <name>NormPlot</name>
    <message>
        <source>‖z‖, the length of the latent, frame by frame (blue), against the prior&apos;s typical length √d (dashed; shaded: where 95% of its samples are). Latents the model was trained on live in that shell: slerp stays there, lerp dips into the middle.</source>
        <extracomment>the norm of a D-dimensional standard normal sample has a spread of about 1/√2 (95%: ±1.96/√2)</extracomment>
        <translation>‖z‖，潜在向量的长度，逐帧显示（蓝色），对比先验的典型长度 √d（虚线；阴影：其 95% 样本所在区域）。模型训练时的潜在向量位于这个壳层中：slerp 保持在其中，lerp 会陷入中心。</translation>
    </message>
    <message>
        <source>√d = {typical:.2f} (d = {d}); lowest ‖z‖ on the path {low:.2f}</source>
        <translation>√d = {typical:.2f}（d = {d}）；路径上最小的 ‖z‖ 为 {low:.2f}</translation>
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
        <translation>lerp：两个关键帧之间的直线。在中途 ‖z‖ 会向中心收缩，而先验（以及训练数据）几乎从不在那里：图像在那里常常变淡或模糊。</translation>
    </message>
    <message>
        <source>slerp: along the sphere between the two keyframes (‖z‖ changes linearly). It stays in the shell where latents of the prior live, so every frame looks like a sample.</source>
        <translation>slerp：沿两个关键帧之间的球面（‖z‖ 线性变化）。它保持在先验潜在向量所在的壳层中，因此每一帧看起来都像一个样本。</translation>
    </message>
    <message>
        <source>+ Point</source>
        <translation>+ 点</translation>
    </message>
    <message>
        <source>Add the point you are looking at as the next keyframe</source>
        <translation>将您正在查看的点添加为下一个关键帧</translation>
    </message>
    <message>
        <source>+ Seed</source>
        <translation>+ 种子</translation>
    </message>
    <message>
        <source>Add the prior sample of the seed on the right as a keyframe (then the next seed is offered)</source>
        <translation>将右侧种子的先验样本添加为关键帧（然后会提供下一个种子）</translation>
    </message>
    <message>
        <source>A seed: a reproducible random point of the prior</source>
        <translation>种子：先验中一个可复现的随机点</translation>
    </message>
    <message>
        <source>+ Random</source>
        <translation>+ 随机</translation>
    </message>
    <message>
        <source>Add a random prior sample as a keyframe</source>
        <translation>添加一个随机先验样本作为关键帧</translation>
    </message>
    <message>
        <source>+ Bookmark</source>
        <translation>+ 书签</translation>
    </message>
    <message>
        <source>Add one of your bookmarks as a keyframe</source>
        <translation>将您的一个书签添加为关键帧</translation>
    </message>
    <message>
        <source>+ Sweep</source>
        <translation>+ 扫过</translation>
    </message>
    <message>
        <source>Make the path a sweep along the slider you moved last (a smile, say): from one end of the sliders&apos; range to the other through the current point, everything else unchanged</source>
        <translation>把路径设为沿最近移动的滑块（例如微笑）扫过：经过当前点，从滑块范围的一端到另一端，其他保持不变</translation>
    </message>
    <message>
        <source>+ Steered</source>
        <translation>+ 引导扫过</translation>
    </message>
    <message>
        <source>Like + Sweep along a named factor (a smile, say), but bent at every step so that the factor network reads every other factor unchanged: a straight direction cannot cancel a side effect that goes one way in one face and the other way in the next. 13 keyframes; takes a moment</source>
        <translation>类似沿命名因素（例如微笑）的 + 扫过，但每一步都会弯曲，使因素网络读到的其他所有因素保持不变：直线方向无法抵消在一张脸上朝一个方向、在另一张脸上朝相反方向的副作用。13 个关键帧；需要片刻</translation>
    </message>
    <message>
        <source>+ Image</source>
        <translation>+ 图像</translation>
    </message>
    <message>
        <source>Add the image last encoded (or inverted) in the “Encode an image” panel</source>
        <translation>添加最近在“编码图像”面板中编码（或反演）的图像</translation>
    </message>
    <message>
        <source>Keyframe</source>
        <translation>关键帧</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>then</source>
        <translation>然后</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>帧数</translation>
    </message>
    <message>
        <source>The keyframes in order. &apos;then&apos; and &apos;frames&apos;: how the path travels to the next keyframe. Double-click a name to rename it.</source>
        <translation>按顺序排列的关键帧。“然后”和“帧数”：路径如何前往下一个关键帧。双击名称可重命名。</translation>
    </message>
    <message>
        <source>Move the selected keyframe earlier</source>
        <translation>将所选关键帧前移</translation>
    </message>
    <message>
        <source>Move the selected keyframe later</source>
        <translation>将所选关键帧后移</translation>
    </message>
    <message>
        <source>Remove the selected keyframe</source>
        <translation>移除所选关键帧</translation>
    </message>
    <message>
        <source>Remove every keyframe</source>
        <translation>移除所有关键帧</translation>
    </message>
    <message>
        <source> (every segment)</source>
        <translation>（每一段）</translation>
    </message>
    <message>
        <source>Frames per segment, for every segment (edit one segment in the table)</source>
        <translation>每段的帧数，适用于所有段（在表格中编辑单独一段）</translation>
    </message>
    <message>
        <source>All:</source>
        <translation>全部：</translation>
    </message>
    <message>
        <source>Set every segment at once</source>
        <translation>一次设置所有段</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ 播放</translation>
    </message>
    <message>
        <source>Play or pause the path</source>
        <translation>播放或暂停路径</translation>
    </message>
    <message>
        <source> fps</source>
        <translation> fps</translation>
    </message>
    <message>
        <source>Playback speed, frames per second (also the speed of exported GIFs and videos)</source>
        <translation>播放速度，每秒帧数（也是导出的 GIF 和视频的速度）</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>循环</translation>
    </message>
    <message>
        <source>Start again at the end</source>
        <translation>到结尾时重新开始</translation>
    </message>
    <message>
        <source>Ping-pong</source>
        <translation>来回</translation>
    </message>
    <message>
        <source>Play forwards, then backwards (also used by GIF and MP4 export)</source>
        <translation>先正向播放，再反向播放（GIF 和 MP4 导出也使用）</translation>
    </message>
    <message>
        <source>Big image</source>
        <translation>大图</translation>
    </message>
    <message>
        <source>While playing or scrubbing, show the frames on the big image (moving a slider shows the current point again)</source>
        <translation>播放或浏览时在大图上显示帧（移动滑块会重新显示当前点）</translation>
    </message>
    <message>
        <source>GIF…</source>
        <translation>GIF…</translation>
    </message>
    <message>
        <source>Save the path as a looping animated GIF (at the export scale and speed)</source>
        <translation>将路径保存为循环动画 GIF（使用导出比例和速度）</translation>
    </message>
    <message>
        <source>MP4…</source>
        <translation>MP4…</translation>
    </message>
    <message>
        <source>Save the path as an H.264 video (needs the video extra: pip install &apos;latentlab[video]&apos;)</source>
        <translation>将路径保存为 H.264 视频（需要 video 附加组件：pip install &apos;latentlab[video]&apos;）</translation>
    </message>
    <message>
        <source>MP4 export needs the video extra, which is not installed: pip install &apos;latentlab[video]&apos;</source>
        <translation>导出 MP4 需要 video 扩展，但尚未安装：pip install &apos;latentlab[video]&apos;</translation>
    </message>
    <message>
        <source>Sheet…</source>
        <translation>缩略图表…</translation>
    </message>
    <message>
        <source>Save a contact sheet: every frame in one PNG, keyframes captioned</source>
        <translation>保存缩略图表：所有帧合成一张 PNG，关键帧带说明</translation>
    </message>
    <message>
        <source>Export scale: each pixel becomes a square of this many pixels</source>
        <translation>导出比例：每个像素变成边长为这么多像素的正方形</translation>
    </message>
    <message>
        <source>Keyframes</source>
        <translation>关键帧</translation>
    </message>
    <message>
        <source>Save the keyframes as JSON, or open a saved path. latentlab interpolate MODEL --keyframes FILE renders a saved path from the command line, frame for frame the same</source>
        <translation>将关键帧保存为 JSON，或打开已保存的路径。latentlab interpolate MODEL --keyframes 文件 可在命令行中逐帧相同地渲染已保存的路径</translation>
    </message>
    <message>
        <source>Save keyframes…</source>
        <translation>保存关键帧…</translation>
    </message>
    <message>
        <source>Open keyframes…</source>
        <translation>打开关键帧…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>Add two or more keyframes</source>
        <translation>添加两个或更多关键帧</translation>
    </message>
    <message>
        <source>1 keyframe: add another</source>
        <translation>1 个关键帧：再添加一个</translation>
    </message>
    <message numerus="yes">
        <source>%n frame(s) · rendering…</source>
        <translation>
            <numerusform>%n 帧 · 正在渲染…</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;from: {source}&lt;br&gt;‖z‖ = {norm:.2f}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;来自：{source}&lt;br&gt;‖z‖ = {norm:.2f}</translation>
    </message>
    <message>
        <source>Frames from this keyframe to the next</source>
        <translation>从此关键帧到下一个的帧数</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>(no bookmarks for this model yet: Ctrl+B keeps the current point)</source>
        <translation>（此模型还没有书签：Ctrl+B 可保存当前点）</translation>
    </message>
    <message>
        <source>frame {i} / {n}</source>
        <translation>第 {i} / {n} 帧</translation>
    </message>
    <message>
        <source> · keyframe {k}</source>
        <translation> · 关键帧 {k}</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ 暂停</translation>
    </message>
    <message>
        <source>path frame {i} of {n}</source>
        <translation>路径第 {i} 帧，共 {n} 帧</translation>
    </message>
    <message>
        <source>GIF (*.gif)</source>
        <translation>GIF (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the path</source>
        <translation>导出路径</translation>
    </message>
    <message>
        <source>Save keyframes</source>
        <translation>保存关键帧</translation>
    </message>
    <message>
        <source>Path JSON (*.json)</source>
        <translation>路径 JSON (*.json)</translation>
    </message>
    <message>
        <source>Open keyframes</source>
        <translation>打开关键帧</translation>
    </message>
    <message>
        <source>Path JSON (*.json);;All files (*)</source>
        <translation>路径 JSON (*.json);;所有文件 (*)</translation>
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
        <translation>将所有滑块归零（种子本身的样本）</translation>
    </message>
    <message>
        <source>PC{n}</source>
        <translation>PC{n}</translation>
    </message>
    <message>
        <source>Principal direction {x0}: moves the image along the {x0}. direction in which this model&apos;s latents vary most (right-click: back to 0)</source>
        <translation>主方向 {x0}：让图像沿此模型潜在向量变化第 {x0} 大的方向移动（右键：回到 0）</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>{dataset} test image #{x0} ({name})</source>
        <extracomment>linked principal-direction sliders (each pane adds coefficient x its own component) optimisation steps of each GAN inversion (the same default as ``latentlab compare``) real pictures in the reconstruction row (``latentlab compare --recon`` default) frames of an interpolation between two pictures</extracomment>
        <translation>{dataset} 测试图像 #{x0}（{name}）</translation>
    </message>
</context>
<context>
    <name>PointControls</name>
    <message>
        <source>The seed picks a random point reproducibly: the same seed always gives the same image. Type a number and press Enter to go there.</source>
        <translation>种子以可复现的方式选取随机点：同一个种子总是给出同一张图像。输入数字并按 Enter 即可前往。</translation>
    </message>
    <message>
        <source>Randomize</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>Jump to a new random point of the prior (R). Its seed appears in the box, so you can come back to it.</source>
        <translation>跳到先验中一个新的随机点（R）。它的种子会显示在框中，方便您回来。</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原点</translation>
    </message>
    <message>
        <source>Go back to the centre of the latent space, z = 0: the &apos;most average&apos; point (Home)</source>
        <translation>回到潜在空间的中心 z = 0：“最平均”的点（Home）</translation>
    </message>
    <message>
        <source>Truncation ψ</source>
        <translation>截断 ψ</translation>
    </message>
    <message>
        <source>Truncation ψ scales random points towards the centre: below 1 the GAN&apos;s samples look cleaner but more alike; above 1 more varied but stranger. It applies to Randomize and to the sample grid.</source>
        <translation>截断 ψ 将随机点拉向中心：小于 1 时 GAN 的样本更干净但更相似；大于 1 时更多样但更奇怪。它作用于“随机”和样本网格。</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>This model draws the class you ask for: pick which one</source>
        <translation>此模型绘制您要求的类别：请选择一个</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
</context>
<context>
    <name>PresentationStrip</name>
    <message>
        <source>Seed</source>
        <extracomment>directions shown in the strip (two rows of two: big enough to touch, few enough to read)</extracomment>
        <translation>种子</translation>
    </message>
    <message>
        <source>The same seed always gives the same image</source>
        <translation>相同的种子总是生成相同的图像</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>A new random point (R)</source>
        <translation>新的随机点（R）</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>ReconRow</name>
    <message>
        <source>&lt;b&gt;Reconstruction&lt;/b&gt;: real test pictures, then each model&apos;s copy. A VAE encodes a picture in one pass; a GAN has no encoder, so latentlab searches for the latent that draws it (inversion).</source>
        <translation>&lt;b&gt;重建&lt;/b&gt;：真实测试图片，然后是每个模型的复制品。VAE 一次性编码图片；GAN 没有编码器，因此 latentlab 会搜索能画出它的潜在向量（反演）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Other pictures</source>
        <translation>其他图片</translation>
    </message>
    <message>
        <source>Reconstruct other real test pictures</source>
        <translation>重建其他真实测试图片</translation>
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
        <translation>编码器，一次完成</translation>
    </message>
    <message>
        <source>encoder</source>
        <translation>编码器</translation>
    </message>
    <message numerus="yes">
        <source>inversion, %n step(s)</source>
        <translation>
            <numerusform>反演，%n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>A real test picture</source>
        <translation>一张真实的测试图片</translation>
    </message>
</context>
<context>
    <name>RecordStepDialog</name>
    <message>
        <source>Record lesson step</source>
        <translation>录制课程步骤</translation>
    </message>
    <message>
        <source>short heading (optional)</source>
        <translation>简短标题（可选）</translation>
    </message>
    <message>
        <source>What the class reads in this step</source>
        <translation>本步骤中全班阅读的内容</translation>
    </message>
    <message>
        <source>The lesson file the step is added to (created if it does not exist)</source>
        <translation>添加步骤的课程文件（不存在时会创建）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>The model, point, class, basis, view and panels as they are now become the step.</source>
        <translation>当前的模型、点、类别、基、视图和面板将成为这一步骤。</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>说明文字</translation>
    </message>
    <message>
        <source>Lesson file</source>
        <translation>课程文件</translation>
    </message>
    <message>
        <source>Lessons (*.toml)</source>
        <translation>课程 (*.toml)</translation>
    </message>
    <message>
        <source>Added to {file}. Change the view and add the next step.</source>
        <translation>已添加到 {file}。更改视图并添加下一个步骤。</translation>
    </message>
    <message>
        <source>Could not record the step</source>
        <translation>无法录制步骤</translation>
    </message>
</context>
<context>
    <name>RecordingMixin</name>
    <message>
        <source>Write a caption first: it is the text the class reads in this step</source>
        <extracomment>docks whose visibility a recorded step&apos;s ``panels`` keeps</extracomment>
        <translation>请先写说明文字：它是全班在此步骤中阅读的文字</translation>
    </message>
    <message>
        <source>Could not record the step:
{exc}</source>
        <translation>无法录制步骤：
{exc}</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>录制步骤</translation>
    </message>
    <message>
        <source>Could not write {target}: {exc}</source>
        <translation>无法写入 {target}：{exc}</translation>
    </message>
    <message>
        <source>Recorded step {n} in {out}</source>
        <translation>已将步骤 {n} 录制到 {out}</translation>
    </message>
    <message>
        <source>Recorded a step in {out}</source>
        <translation>已录制一个步骤到 {out}</translation>
    </message>
</context>
<context>
    <name>SampleGrid</name>
    <message>
        <source>How many samples per row and column</source>
        <translation>每行和每列的样本数</translation>
    </message>
    <message>
        <source>Seed of the first sample; the others use the next seeds</source>
        <translation>第一个样本的种子；其他样本使用后续的种子</translation>
    </message>
    <message>
        <source>New samples</source>
        <translation>新样本</translation>
    </message>
    <message>
        <source>Show a fresh set of random samples</source>
        <translation>显示一组新的随机样本</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Random samples from the model. Click one to make it the current point.</source>
        <translation>来自模型的随机样本。点击一个即可将其设为当前点。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>{where}: {bad} damaged bookmark(s) skipped</source>
        <translation>{where}：跳过了 {bad} 个损坏的书签</translation>
    </message>
    <message>
        <source>; the damaged file was kept as {name}</source>
        <translation>；损坏的文件已保留为 {name}</translation>
    </message>
    <message>
        <source>; it could not be moved aside ({exc})</source>
        <translation>；无法将其移到一旁（{exc}）</translation>
    </message>
    <message>
        <source>Your saved {what} ({name}) could not be read ({reason}), so the app starts with an empty one{kept}.</source>
        <translation>您保存的{what}（{name}）无法读取（{reason}），因此应用以空白状态启动{kept}。</translation>
    </message>
    <message>
        <source>session</source>
        <translation>会话</translation>
    </message>
    <message>
        <source>; the original file was kept as {name}</source>
        <translation>；原文件已保留为 {name}</translation>
    </message>
    <message>
        <source>recent-files list</source>
        <translation>最近文件列表</translation>
    </message>
</context>
<context>
    <name>SliderRow</name>
    <message>
        <source>Drag, or use the arrow keys (0.1 σ steps; Page Up/Down: 0.5 σ). Double-click to type a value, right-click to put it back to 0.</source>
        <translation>拖动，或使用方向键（步长 0.1 σ；Page Up/Down：0.5 σ）。双击可输入数值，右键可将其归零。</translation>
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
        <translation>判别器</translation>
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
        <translation>稳定的 GAN</translation>
    </message>
    <message>
        <source>Mode collapse (GAN)</source>
        <translation>模式崩溃（GAN）</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>The recipe the bundled GANs were trained with: spectral norm, hinge loss, one generator step per critic step. The sample grid keeps its variety.</source>
        <translation>内置 GAN 的训练配方：谱归一化、hinge 损失、每个判别器步骤对应一个生成器步骤。样本网格保持多样性。</translation>
    </message>
    <message>
        <source>Settings that make a GAN draw only a few digits on MNIST: a latent of just 2 numbers, no spectral norm, the plain (BCE) loss and a large step size. Watch the grid repeat a few shapes and hop from one digit to another, and the coverage chart go lopsided.</source>
        <translation>让 GAN 在 MNIST 上只画几种数字的设置：潜在向量只有 2 个数、不用谱归一化、普通（BCE）损失、较大的步长。观察网格反复画几种形状、从一个数字跳到另一个数字，覆盖率图变得失衡。</translation>
    </message>
    <message>
        <source>A variational autoencoder: reconstruction + KL loss; blurrier, but it covers every class.</source>
        <translation>变分自编码器：重建 + KL 损失；较模糊，但覆盖每个类别。</translation>
    </message>
    <message>
        <source>MNIST (digits)</source>
        <translation>MNIST（数字）</translation>
    </message>
    <message>
        <source>Fashion-MNIST (clothes)</source>
        <translation>Fashion-MNIST（服装）</translation>
    </message>
    <message>
        <source>Ready-made settings. &apos;Mode collapse&apos; shows a GAN forgetting most classes; compare it with &apos;Stable GAN&apos;.</source>
        <extracomment>chosen for a 2-core laptop CPU: a GAN of width 16 draws recognisable digits after ~800 steps (batch 64), about 14 steps/s on one busy core; width 32 is about 4× slower the class coverage chart&apos;s narrowest width: ten readable bars, its title and caption unclipped tests: train on this ImageDataset instead of loading one; and extra TrainConfig fields</extracomment>
        <translation>现成的设置。“模式崩溃”展示一个遗忘大多数类别的 GAN；请与“稳定的 GAN”比较。</translation>
    </message>
    <message>
        <source>What the model learns to draw</source>
        <translation>模型学习绘制的内容</translation>
    </message>
    <message>
        <source>Use the bundled sample if missing</source>
        <translation>缺失时使用内置样本</translation>
    </message>
    <message>
        <source>When the full dataset is not installed, train on the 2,000-image sample that ships with latentlab (enough to see digits appear)</source>
        <translation>未安装完整数据集时，使用 latentlab 自带的 2,000 张图像样本训练（足以看到数字出现）</translation>
    </message>
    <message>
        <source>GANs learn by a game between a generator and a discriminator; VAEs by rebuilding images. Conditional models are told which class to draw.</source>
        <translation>GAN 通过生成器与判别器之间的博弈学习；VAE 通过重建图像学习。条件模型会被告知要画哪个类别。</translation>
    </message>
    <message>
        <source>How many numbers the generator turns into an image</source>
        <translation>生成器将多少个数转换为一张图像</translation>
    </message>
    <message>
        <source>Learning rate: how big each training step is. Too large makes GANs unstable.</source>
        <translation>学习率：每个训练步骤的大小。过大会使 GAN 不稳定。</translation>
    </message>
    <message>
        <source>Images per training step (64 keeps a laptop CPU responsive)</source>
        <translation>每个训练步骤的图像数（64 能让笔记本 CPU 保持响应）</translation>
    </message>
    <message>
        <source>Passes over the training images (you can stop at any time; the model is saved)</source>
        <translation>遍历训练图像的次数（可随时停止；模型会被保存）</translation>
    </message>
    <message>
        <source>Channels of the first layer (the network&apos;s width). 16 trains about 4× faster than 32 on a laptop CPU and is enough for digits.</source>
        <translation>第一层的通道数（网络宽度）。在笔记本 CPU 上，16 比 32 训练快约 4 倍，对数字已足够。</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>How often the sample grid (and the coverage chart) are redrawn</source>
        <translation>样本网格（和覆盖率图）的重绘频率</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>潜在向量大小</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Grid every</source>
        <translation>网格刷新间隔</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Train a new model from scratch with these settings</source>
        <translation>用这些设置从头训练一个新模型</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Hold training between two steps (Resume carries on exactly there)</source>
        <translation>在两个步骤之间暂停训练（“继续”会从那里精确接续）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>End the run now; the model so far is saved and can be opened</source>
        <translation>立即结束运行；目前的模型会被保存并可以打开</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>name in My models</source>
        <translation>在“我的模型”中的名称</translation>
    </message>
    <message>
        <source>The file name the model gets in your models folder</source>
        <translation>模型在您的模型文件夹中的文件名</translation>
    </message>
    <message>
        <source>Save to my models</source>
        <translation>保存到我的模型</translation>
    </message>
    <message>
        <source>Copy the trained model into your models folder, where the model list finds it</source>
        <translation>将训练好的模型复制到您的模型文件夹，模型列表会在那里找到它</translation>
    </message>
    <message>
        <source>Open in explorer</source>
        <translation>在浏览器中打开</translation>
    </message>
    <message>
        <source>Explore the trained model&apos;s latent space in the main window</source>
        <translation>在主窗口中探索训练好的模型的潜在空间</translation>
    </message>
    <message>
        <source>What the generator draws right now from 64 fixed latents: the same cell always shows the same latent, so you can watch each one change</source>
        <translation>生成器此刻用 64 个固定潜在向量绘制的内容：同一格子总是显示同一个潜在向量，因此您可以观察每个的变化</translation>
    </message>
    <message>
        <source>Samples appear here</source>
        <translation>样本会显示在这里</translation>
    </message>
    <message>
        <source>Class coverage</source>
        <translation>类别覆盖率</translation>
    </message>
    <message>
        <source>A classifier decides which class each sample shows. Even bars: every class is drawn about equally often. Lopsided bars: mode collapse.</source>
        <translation>分类器判断每个样本显示的类别。条形均匀：每个类别被画的频率大致相同。条形失衡：模式崩溃。</translation>
    </message>
    <message>
        <source>% of samples</source>
        <translation>样本占比 %</translation>
    </message>
    <message>
        <source>class entropy: –</source>
        <translation>类别熵：–</translation>
    </message>
    <message>
        <source>1 = every class equally often, 0 = only one class (total mode collapse)</source>
        <translation>1 = 每个类别频率相同，0 = 只有一个类别（完全模式崩溃）</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Training losses, averaged over a few steps. A GAN&apos;s two losses push against each other, so they wobble instead of falling; they do not show mode collapse.</source>
        <translation>训练损失，在若干步内取平均。GAN 的两个损失相互对抗，因此会波动而不是下降；它们不能显示模式崩溃。</translation>
    </message>
    <message>
        <source>latentlab (live training panel)</source>
        <translation>latentlab（实时训练面板）</translation>
    </message>
    <message>
        <source>A run is still going: stop it first</source>
        <translation>仍有一个运行在进行：请先停止它</translation>
    </message>
    <message>
        <source>custom settings</source>
        <translation>自定义设置</translation>
    </message>
    <message>
        <source>Starting {run}…</source>
        <translation>正在启动 {run}…</translation>
    </message>
    <message>
        <source>my-{kind}-{dataset}</source>
        <translation>my-{kind}-{dataset}</translation>
    </message>
    <message>
        <source>Stopping (saving the model so far)…</source>
        <translation>正在停止（保存目前的模型）…</translation>
    </message>
    <message>
        <source>Nothing to save yet: train a model (or stop a run) first</source>
        <translation>还没有可保存的内容：请先训练一个模型（或停止运行）</translation>
    </message>
    <message>
        <source>Give the model a name first</source>
        <translation>请先为模型命名</translation>
    </message>
    <message>
        <source>{target} already exists: choose another name</source>
        <translation>{target} 已存在：请选择其他名称</translation>
    </message>
    <message>
        <source>Could not save the model to {target}: {x0}</source>
        <translation>无法将模型保存到 {target}：{x0}</translation>
    </message>
    <message>
        <source>Saved {name} to your models ({target})</source>
        <translation>已将 {name} 保存到您的模型（{target}）</translation>
    </message>
    <message>
        <source>Nothing to open yet: train a model (or stop a run) first</source>
        <translation>还没有可打开的内容：请先训练一个模型（或停止运行）</translation>
    </message>
    <message>
        <source>step {step:,} / {total:,} · epoch {epoch} · {rate:.1f} steps/s</source>
        <translation>第 {step:,} / {total:,} 步 · 第 {epoch} 轮 · {rate:.1f} 步/秒</translation>
    </message>
    <message>
        <source> · {minutes:.0f} min left</source>
        <translation> · 剩余 {minutes:.0f} 分钟</translation>
    </message>
    <message>
        <source> · {left:.0f} s left</source>
        <translation> · 剩余 {left:.0f} 秒</translation>
    </message>
    <message>
        <source>Paused at {status}</source>
        <translation>已暂停于 {status}</translation>
    </message>
    <message>
        <source>Samples after {steps} steps</source>
        <translation>{steps} 步后的样本</translation>
    </message>
    <message>
        <source>1 class never drawn</source>
        <translation>有 1 个类别从未生成</translation>
    </message>
    <message>
        <source>{n} classes never drawn</source>
        <translation>有 {n} 个类别从未生成</translation>
    </message>
    <message>
        <source>class entropy {value} (1 = even)</source>
        <translation>类别熵 {value}（1 = 均匀）</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
    <message>
        <source>Training failed: {text}</source>
        <translation>训练失败：{text}</translation>
    </message>
</context>
<context>
    <name>TrainingWorker</name>
    <message>
        <source>The full {title} dataset is not installed here, so this run trains on the bundled {n:,}-image sample instead.</source>
        <extracomment>number of training images of the full datasets (to keep a run&apos;s length on the small sample) seconds between two curve/status updates sent to the GUI loss points are means over this many steps (raw per-step GAN losses are too noisy to read) something the user should know (e.g. &quot;training on the bundled sample&quot;), and its details the run has stopped between two steps because it is paused (everything before is delivered)</extracomment>
        <translation>此处未安装完整的 {title} 数据集，因此本次运行改用内置的 {n:,} 张图像样本训练。</translation>
    </message>
    <message>
        <source> ({epochs} epochs of the full set = {passes} passes over the sample.)</source>
        <translation>（完整数据集的 {epochs} 轮 = 对样本的 {passes} 次遍历。）</translation>
    </message>
    <message>
        <source>No class coverage chart for this data (no classifier for it).</source>
        <translation>此数据没有类别覆盖率图（没有对应的分类器）。</translation>
    </message>
    <message>
        <source>Finished after {step:,} steps; saved {path}</source>
        <translation>在 {step:,} 步后完成；已保存 {path}</translation>
    </message>
    <message>
        <source>Stopped; saved the model so far to {path}</source>
        <translation>已停止；目前的模型已保存到 {path}</translation>
    </message>
    <message>
        <source>Stopped before the first step; nothing was saved</source>
        <translation>在第一步之前停止；未保存任何内容</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>(could not be read: {0})</source>
        <extracomment>dialogs waiting for an answer, by resolved path: a second request for the same file joins it</extracomment>
        <translation>（无法读取：{0}）</translation>
    </message>
    <message>
        <source>Run code from this file?</source>
        <translation>运行此文件中的代码？</translation>
    </message>
    <message>
        <source>{name} is a program, not just weights: opening it runs its code with your permissions. It could read, change or delete any of your files.</source>
        <translation>{name} 是一个程序，而不仅仅是权重：打开它会以您的权限运行其代码。它可能读取、修改或删除您的任何文件。</translation>
    </message>
    <message>
        <source>Open it only if you trust where it came from. Weights saved as .safetensors or as a state dict never run code.

SHA-256: {sha}</source>
        <translation>仅在您信任其来源时才打开它。保存为 .safetensors 或 state dict 的权重永远不会运行代码。

SHA-256：{sha}</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <source>Left {0} closed: its code was not run</source>
        <translation>未打开 {0}：其代码未被运行</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <source>latentlab user guide</source>
        <translation>latentlab 用户指南</translation>
    </message>
</context>
<context>
    <name>WelcomeBanner</name>
    <message>
        <source>Welcome to latentlab</source>
        <translation>欢迎使用 latentlab</translation>
    </message>
    <message>
        <source>This is a VAE trained on handwritten digits, the simplest model here. Drag a slider on the right and watch the digit change. For a class, open &lt;b&gt;Lessons ▸ 1.&lt;/b&gt;: it walks through the ideas step by step in presentation mode (Esc leaves). &lt;b&gt;F1&lt;/b&gt; lists every keyboard shortcut; &lt;b&gt;Help ▸ User guide&lt;/b&gt; explains the views.</source>
        <translation>这是一个在手写数字上训练的 VAE，是这里最简单的模型。拖动右侧的滑块，观察数字如何变化。上课时请打开 &lt;b&gt;课程 ▸ 1.&lt;/b&gt;：它会在演示模式下一步步讲解其中的思想（按 Esc 退出）。&lt;b&gt;F1&lt;/b&gt; 列出所有键盘快捷键；&lt;b&gt;帮助 ▸ 用户指南&lt;/b&gt; 介绍各个视图。</translation>
    </message>
    <message>
        <source>Don&apos;t show this again</source>
        <translation>不再显示</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>anomaly</name>
    <message>
        <source>&amp;Anomaly detection</source>
        <extracomment>parts a lesson can point at</extracomment>
        <translation>异常检测(&amp;A)</translation>
    </message>
    <message>
        <source>Score normal images and outliers with the open model: histograms, ROC curve and AUC</source>
        <translation>用当前模型为正常图像和异常图像打分：直方图、ROC 曲线和 AUC</translation>
    </message>
    <message>
        <source>Anomaly detection</source>
        <translation>异常检测</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>&amp;Reset layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>F&amp;ull screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;About latentlab</source>
        <translation>关于 latentlab(&amp;A)</translation>
    </message>
    <message>
        <source>Welcome</source>
        <extracomment>set to &quot;1&quot; to print &quot;FIRST_FRAME &lt;unix time&gt;&quot; and quit once the first frame is shown (bench) shared libraries Qt&apos;s xcb platform plugin loads on Linux: (library name, Debian/Ubuntu package)</extracomment>
        <translation>欢迎</translation>
    </message>
</context>
<context>
    <name>basis</name>
    <message>
        <source>{name}: a classifier (feature network), not an image generator; it is used to measure generators, not to explore</source>
        <extracomment>samples used to fit PCA / class / attribute directions (the bundled data sample has 2,000)</extracomment>
        <translation>{name}：是分类器（特征网络），不是图像生成器；它用于衡量生成器，而不是用于探索</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Principal directions of a VAE come from encoding real images, and there is no bundled sample of the dataset {dataset}</source>
        <translation>VAE 的主方向来自对真实图像的编码，而数据集 {dataset} 没有内置样本</translation>
    </message>
    <message>
        <source>Principal directions of a GAN come from its first layer (GANSpace), and this model&apos;s family does not say which layer that is</source>
        <translation>GAN 的主方向来自其第一层（GANSpace），而此模型的系列没有说明是哪一层</translation>
    </message>
    <message>
        <source>This model takes the class as an input, so its latent space has no class directions: pick the class with the class selector instead</source>
        <translation>此模型将类别作为输入，因此其潜在空间没有类别方向：请改用类别选择器选择类别</translation>
    </message>
    <message>
        <source>Class directions need labelled images of the dataset, and there is no bundled sample of {dataset}</source>
        <translation>类别方向需要数据集的带标签图像，而 {dataset} 没有内置样本</translation>
    </message>
    <message>
        <source>Class directions of a GAN need a classifier (feature network) for its dataset to label the samples, and none is installed for {dataset}</source>
        <translation>GAN 的类别方向需要其数据集的分类器（特征网络）来标注样本，而 {dataset} 没有安装分类器</translation>
    </message>
    <message>
        <source>this model</source>
        <translation>此模型</translation>
    </message>
    <message>
        <source>Attribute directions follow measurable image properties, and the dataset {dataset} declares none</source>
        <translation>属性方向沿可测量的图像属性，而数据集 {dataset} 没有声明任何属性</translation>
    </message>
    <message>
        <source>Attribute directions need grey or colour images</source>
        <translation>属性方向需要灰度或彩色图像</translation>
    </message>
    <message>
        <source>encoded {dataset} images</source>
        <translation>已编码的 {dataset} 图像</translation>
    </message>
    <message>
        <source>{FIT_SAMPLES} samples labelled by the {dataset} classifier</source>
        <translation>由 {dataset} 分类器标注的 {FIT_SAMPLES} 个样本</translation>
    </message>
    <message>
        <source>{description}, from {x0} decoded samples</source>
        <translation>{description}，来自 {x0} 个解码样本</translation>
    </message>
    <message>
        <source>{n} decoded samples</source>
        <translation>{n} 个解码样本</translation>
    </message>
    <message>
        <source>{n} encoded {dataset} images</source>
        <translation>{n} 张已编码的 {dataset} 图像</translation>
    </message>
    <message>
        <source>{n} samples</source>
        <translation>{n} 个样本</translation>
    </message>
    <message>
        <source>PC{n} ({percent} %)</source>
        <translation>PC{n}（{percent}%）</translation>
    </message>
    <message>
        <source>PC{n} explains {percent} % of the variation in the generator&apos;s first layer over {source} (GANSpace: the layer&apos;s principal components, traced back to the latent)</source>
        <translation>PC{n} 解释了生成器第一层在 {source} 上 {percent} % 的变化（GANSpace：该层的主成分，映射回潜在空间）</translation>
    </message>
    <message>
        <source>PC{n} explains {percent} % of the variation of {source} in latent space: the direction with the {ordinal} largest spread</source>
        <translation>PC{n} 解释了 {source} 在潜在空间中 {percent} % 的变化：离散程度第 {ordinal} 大的方向</translation>
    </message>
    <message>
        <source>From the average &apos;{x0}&apos; towards the average &apos;{x1}&apos; (class means of {x2}); the means are {n:.2f} apart</source>
        <translation>从“{x0}”的平均点到“{x1}”的平均点（类别均值来自 {x2}）；两个均值相距 {n:.2f}</translation>
    </message>
    <message>
        <source>Raw axes</source>
        <extracomment>Basis keys in menu order. Basis titles as source text; show them with ``basis_title(key)`` (context &quot;basis&quot;).</extracomment>
        <translation>原始坐标轴</translation>
    </message>
    <message>
        <source>Principal directions</source>
        <translation>主方向</translation>
    </message>
    <message>
        <source>Class directions</source>
        <translation>类别方向</translation>
    </message>
    <message>
        <source>Attribute directions</source>
        <translation>属性方向</translation>
    </message>
    <message>
        <source>Latent coordinate {i}, in standard deviations of the prior</source>
        <extracomment>basis key → None when available, else a plain-words reason why not</extracomment>
        <translation>潜在坐标 {i}，以先验的标准差为单位</translation>
    </message>
    <message>
        <source>Each slider moves one coordinate of the latent vector z, the numbers the model turns into a picture.</source>
        <extracomment>most sliders built at once; more dimensions than this show the first ones and say so</extracomment>
        <translation>每个滑块移动潜在向量 z 的一个坐标，即模型转换为图片的那些数。</translation>
    </message>
    <message>
        <source>Sliders move along the directions in which the latents vary most (principal components), biggest first: usually the most visible changes.</source>
        <translation>滑块沿潜在向量变化最大的方向（主成分）移动，从最大的开始：通常是最明显的变化。</translation>
    </message>
    <message>
        <source>Sliders move from the average of one class towards the average of another, e.g. &apos;3 → 8&apos;.</source>
        <translation>滑块从一个类别的平均点移向另一个类别的平均点，例如“3 → 8”。</translation>
    </message>
    <message>
        <source>Sliders move along directions fitted to measurable properties of the images: stroke thickness, slant and width.</source>
        <translation>滑块沿根据图像可测量属性拟合出的方向移动：笔画粗细、倾斜度和宽度。</translation>
    </message>
    <message>
        <source>Measured: ρ = {rho}, the factor changes by {range} from −3 to +3</source>
        <extracomment>sampled latents a GAN&apos;s directions are fitted on when its card has none</extracomment>
        <translation>实测：ρ = {rho}，从 −3 到 +3 该因素变化 {range}</translation>
    </message>
    <message>
        <source>Largest side effect: {other} changes by {value}</source>
        <translation>最大副作用：{other} 变化 {value}</translation>
    </message>
    <message>
        <source>Steered (+ Steered in the path editor), read by a factor network that did not steer: largest side effect {value} ({other}), straight {straight}</source>
        <translation>引导后（路径编辑器中的 + 引导扫过），由未参与引导的因素网络读取：最大副作用 {value}（{other}），直线方向为 {straight}</translation>
    </message>
    <message>
        <source>The perfect edit (real images with only this factor changed, redrawn by this model) changes {other} by {value}</source>
        <translation>完美编辑（只改变此因素的真实图像，由此模型重新绘制）使 {other} 变化 {value}</translation>
    </message>
    <message>
        <source>The perfect edit (real images with only this factor changed) reads as {other} changing by {value}: the factor network&apos;s own error</source>
        <translation>完美编辑（只改变此因素的真实图像）被读成 {other} 变化 {value}：这是因素网络自身的误差</translation>
    </message>
    <message>
        <source>{n} encoded {dataset} images, measured for this model&apos;s card</source>
        <translation>{n} 张编码的 {dataset} 图像，为本模型卡片测得</translation>
    </message>
    <message>
        <source>{n} sampled latents read by the factor network, measured for this model&apos;s card</source>
        <translation>由因素网络读取的 {n} 个采样潜变量，为本模型卡片测得</translation>
    </message>
    <message>
        <source>the directions measured for this model&apos;s card ({source})</source>
        <translation>为本模型卡片测得的方向（{source}）</translation>
    </message>
    <message>
        <source>{n} encoded images of the bundled sample</source>
        <translation>内置样本中 {n} 张编码图像</translation>
    </message>
    <message>
        <source>{n} sampled latents read by the factor network</source>
        <translation>由因素网络读取的 {n} 个采样潜变量</translation>
    </message>
    <message>
        <source>One slider step is the data&apos;s spread along this direction ({scale} prior standard deviations).</source>
        <translation>滑块的一步等于数据沿此方向的离散程度（先验标准差的 {scale} 倍）。</translation>
    </message>
</context>
<context>
    <name>classroom</name>
    <message>
        <source>Lesson</source>
        <extracomment>keys a presenter remote sends widgets that use ← / → themselves: while one has the focus, arrows stay with it</extracomment>
        <translation>课程</translation>
    </message>
    <message>
        <source>Presentation sliders</source>
        <translation>演示滑块</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>打开课程(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a lesson (.toml) and show its first step</source>
        <translation>打开一个课程（.toml）并显示其第一步</translation>
    </message>
    <message>
        <source>&amp;Presentation</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen with large type for a classroom (Esc leaves)</source>
        <translation>用于课堂的大字体全屏（按 Esc 退出）</translation>
    </message>
    <message>
        <source>Presentation &amp;screen</source>
        <translation>演示屏幕(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Record step…</source>
        <translation>录制步骤(&amp;R)…</translation>
    </message>
    <message>
        <source>Add the current view as a step to a lesson file</source>
        <translation>将当前视图作为一个步骤添加到课程文件</translation>
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
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>舞台</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>&amp;Compare models…</source>
        <extracomment>highlight ids of the compare view → the name its ``widget_for`` / ``highlight`` knows the view&apos;s panels a lesson step&apos;s ``panels`` list switches</extracomment>
        <translation>对比模型(&amp;C)…</translation>
    </message>
    <message>
        <source>Two to four models side by side: same seed, grid, interpolation, reconstruction, and the evidence for the VAE-vs-GAN claims</source>
        <translation>二到四个模型并排：相同种子、网格、插值、重建，以及关于 VAE 与 GAN 论断的证据</translation>
    </message>
</context>
<context>
    <name>explorer</name>
    <message>
        <source>&amp;Open / Import model…</source>
        <extracomment>explorer docks, in View-menu order</extracomment>
        <translation>打开 / 导入模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a .safetensors model or a TorchScript manifest (.json), or import a PyTorch state dict (.pt, .pth, .ckpt…)</source>
        <translation>打开 .safetensors 模型或 TorchScript 清单（.json），或导入 PyTorch state dict（.pt、.pth、.ckpt…）</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>导出图像(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the current image as a PNG, with a JSON file that can recreate it</source>
        <translation>将当前图像保存为 PNG，并附带可重建它的 JSON 文件</translation>
    </message>
    <message>
        <source>Export &amp;grid…</source>
        <translation>导出网格(&amp;G)…</translation>
    </message>
    <message>
        <source>Save the sample grid as a PNG</source>
        <translation>将样本网格保存为 PNG</translation>
    </message>
    <message>
        <source>Export &amp;scale</source>
        <translation>导出比例(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>复制图像(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the current image (at the export scale) to the clipboard</source>
        <translation>将当前图像（按导出比例）复制到剪贴板</translation>
    </message>
    <message>
        <source>&amp;Save latent…</source>
        <translation>保存潜在向量(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the current point (latent vector, class, seed) as JSON</source>
        <translation>将当前点（潜在向量、类别、种子）保存为 JSON</translation>
    </message>
    <message>
        <source>&amp;Load latent…</source>
        <translation>加载潜在向量(&amp;L)…</translation>
    </message>
    <message>
        <source>Go to a point saved as JSON, or the point of an exported PNG</source>
        <translation>前往以 JSON 保存的点，或导出的 PNG 的点</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save your bookmarks to a file of your choice</source>
        <translation>将您的书签保存到您选择的文件</translation>
    </message>
    <message>
        <source>Open sessio&amp;n…</source>
        <translation>打开会话(&amp;N)…</translation>
    </message>
    <message>
        <source>Add the bookmarks of a saved session file</source>
        <translation>添加已保存会话文件中的书签</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Randomize</source>
        <translation>随机(&amp;R)</translation>
    </message>
    <message>
        <source>Jump to a random point (a new seed)</source>
        <translation>跳到一个随机点（新种子）</translation>
    </message>
    <message>
        <source>Back to &amp;origin</source>
        <translation>回到原点(&amp;O)</translation>
    </message>
    <message>
        <source>Go to z = 0, the centre of the latent space</source>
        <translation>前往 z = 0，潜在空间的中心</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>书签(&amp;B)</translation>
    </message>
    <message>
        <source>Save the current point in Bookmarks</source>
        <translation>将当前点保存到书签</translation>
    </message>
    <message>
        <source>&amp;Fit image</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>Fit the image to the window</source>
        <translation>使图像适应窗口</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Pixel grid</source>
        <translation>像素网格(&amp;P)</translation>
    </message>
    <message>
        <source>Draw a line around every pixel</source>
        <translation>在每个像素周围画线</translation>
    </message>
    <message>
        <source>&amp;Smooth scaling</source>
        <translation>平滑缩放(&amp;S)</translation>
    </message>
    <message>
        <source>Blend enlarged pixels (on) or draw each as a crisp square (off, nearest)</source>
        <translation>混合放大的像素（开），或把每个像素画成清晰的方块（关，最近邻）</translation>
    </message>
    <message>
        <source>Look for &amp;models again</source>
        <translation>重新查找模型(&amp;M)</translation>
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
        <translation>潜在空间</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
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
        <translation>变分自编码器（VAE）：编码器将图像压缩为潜在向量，解码器再把它们画回来</translation>
    </message>
    <message>
        <source>Conditional VAE</source>
        <translation>条件 VAE</translation>
    </message>
    <message>
        <source>Conditional VAE: a variational autoencoder told which class each image is, so you choose the class and the latent vector draws the style</source>
        <translation>条件 VAE：被告知每张图像类别的变分自编码器，因此由您选择类别，潜在向量决定风格</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>Generative adversarial network (GAN): a generator learned to draw images a critic could not tell from real ones</source>
        <translation>生成对抗网络（GAN）：生成器学会了画出判别器无法与真实图像区分的图像</translation>
    </message>
    <message>
        <source>Conditional GAN</source>
        <translation>条件 GAN</translation>
    </message>
    <message>
        <source>Conditional GAN: a generator told which class to draw, against a critic that also knows the class</source>
        <translation>条件 GAN：被告知要画哪个类别的生成器，对抗一个同样知道类别的判别器</translation>
    </message>
    <message>
        <source>WGAN-GP</source>
        <translation>WGAN-GP</translation>
    </message>
    <message>
        <source>GAN trained with the Wasserstein loss and a gradient penalty: a critic that scores instead of classifying, which keeps the generator learning every mode</source>
        <translation>使用 Wasserstein 损失和梯度惩罚训练的 GAN：评判器打分而非分类，使生成器持续学习每一个模式</translation>
    </message>
    <message>
        <source>TorchScript VAE</source>
        <translation>TorchScript VAE</translation>
    </message>
    <message>
        <source>Your own VAE, exported with TorchScript: a decoder (and, if it ships one, an encoder)</source>
        <translation>您自己用 TorchScript 导出的 VAE：一个解码器（若附带，还有编码器）</translation>
    </message>
    <message>
        <source>TorchScript GAN</source>
        <translation>TorchScript GAN</translation>
    </message>
    <message>
        <source>Your own GAN generator, exported with TorchScript</source>
        <translation>您自己用 TorchScript 导出的 GAN 生成器</translation>
    </message>
    <message>
        <source>Classifier</source>
        <translation>分类器</translation>
    </message>
    <message>
        <source>classifier</source>
        <translation>分类器</translation>
    </message>
    <message>
        <source>Feature network: a small CNN classifier the metrics measure generators with</source>
        <translation>特征网络：度量指标用来衡量生成器的小型 CNN 分类器</translation>
    </message>
    <message>
        <source>Factor network</source>
        <translation>因子网络</translation>
    </message>
    <message>
        <source>factor net</source>
        <translation>因子网络</translation>
    </message>
    <message>
        <source>Feature network that reads every labelled factor of an image (smile, glasses, hair colour…)</source>
        <translation>读取图像中每个已标注因子（微笑、眼镜、发色…）的特征网络</translation>
    </message>
    <message>
        <source>DCGAN (PyTorch tutorial)</source>
        <translation>DCGAN（PyTorch 教程）</translation>
    </message>
    <message>
        <source>The DCGAN generator of the PyTorch tutorial and examples, imported from its state dict</source>
        <translation>PyTorch 教程和示例中的 DCGAN 生成器，从其 state dict 导入</translation>
    </message>
    <message>
        <source>Conditional DCGAN (tutorial layout)</source>
        <translation>条件 DCGAN（教程结构）</translation>
    </message>
    <message>
        <source>A class-conditional DCGAN generator (label embedded or one-hot beside z), imported from its state dict</source>
        <translation>类别条件 DCGAN 生成器（标签经嵌入或以 one-hot 形式与 z 并列），从其 state dict 导入</translation>
    </message>
    <message>
        <source>MLP VAE (PyTorch examples)</source>
        <translation>MLP VAE（PyTorch 示例）</translation>
    </message>
    <message>
        <source>The fully connected VAE of the PyTorch examples (784-400-20), imported from its state dict</source>
        <translation>PyTorch 示例中的全连接 VAE（784-400-20），从其 state dict 导入</translation>
    </message>
    <message>
        <source>Convolutional VAE (PyTorch-VAE)</source>
        <translation>卷积 VAE（PyTorch-VAE）</translation>
    </message>
    <message>
        <source>The VanillaVAE of AntixK&apos;s PyTorch-VAE (conv encoder, fc_mu/fc_var), imported from its state dict</source>
        <translation>AntixK 的 PyTorch-VAE 中的 VanillaVAE（卷积编码器，fc_mu/fc_var），从其 state dict 导入</translation>
    </message>
    <message>
        <source>torch.export VAE</source>
        <translation>torch.export VAE</translation>
    </message>
    <message>
        <source>Your own VAE, saved with torch.export: a decoder (and, if it ships one, an encoder)</source>
        <translation>您自己的 VAE，用 torch.export 保存：一个解码器（若附带，还有编码器）</translation>
    </message>
    <message>
        <source>torch.export GAN</source>
        <translation>torch.export GAN</translation>
    </message>
    <message>
        <source>Your own GAN generator, saved with torch.export</source>
        <translation>您自己的 GAN 生成器，用 torch.export 保存</translation>
    </message>
    <message>
        <source>ONNX VAE</source>
        <translation>ONNX VAE</translation>
    </message>
    <message>
        <source>Your own VAE, exported to ONNX: a decoder (and, if it ships one, an encoder)</source>
        <translation>您自己的 VAE，导出为 ONNX：一个解码器（若附带，还有编码器）</translation>
    </message>
    <message>
        <source>ONNX GAN</source>
        <translation>ONNX GAN</translation>
    </message>
    <message>
        <source>Your own GAN generator, exported to ONNX</source>
        <translation>您自己的 GAN 生成器，导出为 ONNX</translation>
    </message>
    <message>
        <source>conditional {kind}</source>
        <translation>条件 {kind}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Arrow keys</source>
        <extracomment>keys handled by widgets or the presenter-remote filter, not by an action of their own</extracomment>
        <translation>方向键</translation>
    </message>
    <message>
        <source>Step the focused slider by 0.1 σ (Page Up/Down: 0.5 σ)</source>
        <translation>将当前滑块移动 0.1 σ（Page Up/Down：0.5 σ）</translation>
    </message>
    <message>
        <source>Page Down / Page Up, → / ←</source>
        <translation>Page Down / Page Up，→ / ←</translation>
    </message>
    <message>
        <source>Next / previous lesson step (arrows: when no slider has the focus)</source>
        <translation>下一步 / 上一步课程（方向键：没有滑块获得焦点时）</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Leave presentation mode</source>
        <translation>退出演示模式</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Remove the selected bookmark</source>
        <translation>删除所选书签</translation>
    </message>
    <message>
        <source>The user guide ({0}) is not installed.</source>
        <translation>用户指南（{0}）未安装。</translation>
    </message>
</context>
<context>
    <name>latent</name>
    <message>
        <source>Latent map</source>
        <extracomment>width the path editor and the encode panel ask for when their tab is shown</extracomment>
        <translation>潜在空间地图</translation>
    </message>
    <message>
        <source>The data in latent space: click to go somewhere, drag the target to scrub</source>
        <translation>潜在空间中的数据：点击前往某处，拖动目标来浏览</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Interpolation paths through keyframes: play, compare lerp and slerp, export</source>
        <translation>经过关键帧的插值路径：播放、比较 lerp 与 slerp、导出</translation>
    </message>
    <message>
        <source>Encode an image</source>
        <translation>编码图像</translation>
    </message>
    <message>
        <source>Drop a picture to find its place in latent space (VAEs encode, GANs invert)</source>
        <translation>拖入一张图片，找到它在潜在空间中的位置（VAE 编码，GAN 反演）</translation>
    </message>
    <message>
        <source>Add to &amp;path</source>
        <translation>添加到路径(&amp;P)</translation>
    </message>
    <message>
        <source>Add the current point as the next keyframe of the interpolation path</source>
        <translation>将当前点添加为插值路径的下一个关键帧</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Point</source>
        <translation>点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
</context>
<context>
    <name>training</name>
    <message>
        <source>Live &amp;training</source>
        <extracomment>panels inside the training panel that a lesson can point at</extracomment>
        <translation>实时训练(&amp;T)</translation>
    </message>
    <message>
        <source>Train a small model and watch it learn</source>
        <translation>训练一个小模型并观察它学习</translation>
    </message>
    <message>
        <source>Live training</source>
        <translation>实时训练</translation>
    </message>
    <message>
        <source>&amp;GAN vs WGAN-GP</source>
        <extracomment>the action that shows and hides the duel, and the panel / command ids beside it</extracomment>
        <translation>GAN 对 WGAN-GP(&amp;G)</translation>
    </message>
    <message>
        <source>Train the mode-collapse recipe with the plain GAN loss and with the WGAN-GP loss side by side, and watch their class coverage</source>
        <translation>用普通 GAN 损失和 WGAN-GP 损失并排训练模式崩溃配方，观察它们的类别覆盖</translation>
    </message>
    <message>
        <source>GAN vs WGAN-GP</source>
        <translation>GAN 对 WGAN-GP</translation>
    </message>
</context>
</TS>
