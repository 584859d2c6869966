"""Generators saved as ONNX graphs, run with onnxruntime (the optional ``[onnx]`` extra).

An ONNX file is a graph of standard operators and its weights, without Python and without
operators that touch files, so it opens without the trust step that TorchScript and
``torch.export`` need. Its input and output shapes are in the graph, so latent size, latent
shape and image shape are read from it; a manifest beside it (``mine.json``) adds class
names, the output range and the kind. Inference runs on the CPU through onnxruntime.
"""

from __future__ import annotations

from typing import Any

import torch

from latentlab.core.families.torchscript import ProgramGenerator, program_families

ARCH = "onnx"
INSTALL_HINT = 'install the ONNX extra: pip install "latentlab[onnx]" (or pip install onnxruntime)'


class OnnxSession:
    """An onnxruntime session called like a torch module: tensors in, the first output out."""

    def __init__(self, session: Any):
        self.session = session
        self.inputs = session.get_inputs()
        # ONNX types are strings ("tensor(float)", "tensor(int64)"): map each input to numpy's.
        self._dtypes = ["int64" if "int64" in i.type else "int32" if "int32" in i.type else "float32"
                        for i in self.inputs]

    def __call__(self, *tensors: torch.Tensor) -> torch.Tensor:
        feed = {i.name: t.detach().cpu().numpy().astype(dtype, copy=False)
                for i, t, dtype in zip(self.inputs, tensors, self._dtypes)}
        return torch.from_numpy(self.session.run(None, feed)[0])


class OnnxGenerator(ProgramGenerator):
    """An ONNX generator; it has no torch parameters, so its count comes from the graph."""

    arch = ARCH
    parameter_count = 0
    #: the renderer must not torch.jit.trace it: onnxruntime runs outside torch, so a trace
    #: would record its first output as a constant
    traceable = False

    def num_parameters(self) -> int:
        return self.parameter_count


VAE_FAMILY, GAN_FAMILY = program_families(OnnxGenerator, "ONNX", "exported to ONNX")
