"""rasd: Arabic conflict news in, a grounded record of who did what to whom out."""

import os

# rasd's matrices are small (a sentence batch at a time): BLAS threads only add
# overhead, and with several ingest workers on few cores they oversubscribe the
# machine (the demo ingest ran twice as slow). Set before numpy is first imported;
# a value the user set wins.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

__version__ = "0.1.0"
