"""The build: a corpus folder in, one deterministic TriG file out.

    graph/corpus/*.md|txt
        |  plan.py     read each file, look it up in the cache, parse the misses
        v
    extract (kzkg/extract/)  one document at a time, a pure function of text and lexicon
        |  map.py      run the misses (in worker processes with --jobs, on Dask with dask.py)
        |  emit.py     a document's facts as quads of its named graph, rendered as TriG
        |  cache.py    those renderings kept by content key, in a folder cachefolder.py claims
        v
    run.py        reduce: entity resolution, curation.py (graph/curated.yaml), every graph in order
        |  write.py    the built graph (and --per-document files), all staged, then renamed together
        v
    graph/kzkg.trig  -->  store (kzkg/store.py) --> queries / views / export / server

Around it: lock.py holds the output's and the cache's locks for the whole build,
atomic.py writes files whole (and sweeps the temporary files a killed build
left), lifeline.py ends --jobs workers with the build, shards.py splits a
corpus among processes or machines.
"""

from kzkg.build.plan import MAX_DOCUMENT_BYTES
from kzkg.build.run import BuildReport, build

__all__ = ["MAX_DOCUMENT_BYTES", "BuildReport", "build"]
