"""Evaluation of mentions against gold annotations.

* :mod:`pipeline.evaluation.mentions`: strict/relaxed P/R/F1 per kind, TIMEX3 type and value
  accuracy (``evaluate``, ``format_report``).
* :mod:`pipeline.evaluation.timeml`: read TimeML ``.tml`` files (the format TIMEX3 corpora such as
  TimeBank and TempEval-3 come in) as a document record plus gold mention records (``read_tml``).
"""
