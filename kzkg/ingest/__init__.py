"""Add documents to the corpus: saved web pages, PDFs, plain text and URLs.

    source --fetch (URLs)--> bytes --sniff--> html | pdf | text --> Draft
      Draft (plain-text body, metadata found) --options override--> language --> id
      --> duplicate? (same URL or same normalised body) --> skipped, naming the file
      --> corpus/<id>.txt written atomically, never over another file
          (and with keep_source, the original as sources/<id>.<ext>)

`Adder.add(source)` does this for one source and returns an `Outcome`;
`kzkg add` is a thin loop over it. Each reader turns a user's bad input
(no main text, no text layer, encrypted, not a document at all) into an
InputError of one line, so one bad source never stops the others.
"""

from kzkg.ingest.add import Adder, Outcome, Overrides

__all__ = ["Adder", "Outcome", "Overrides"]
