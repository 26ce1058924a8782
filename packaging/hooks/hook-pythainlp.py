"""PyInstaller hook for pythainlp, used instead of pyinstaller-hooks-contrib's (which bundles the
whole 63 MB corpus folder, models included).

ITA Desktop uses only the newmm word tokenizer and ``pythainlp.util`` (digits, Thai dates, baht
text); they read ``corpus/words_th.txt`` and ``corpus/stopwords_th.txt`` from the package (found
by recording every file opened while tokenizing and formatting). ``default_db.json`` is the
catalogue pythainlp consults before downloading anything, and the corpus licence travels with the
dictionary.
"""

from PyInstaller.utils.hooks import collect_data_files

CORPUS_FILES = ["words_th.txt", "stopwords_th.txt", "default_db.json", "corpus_license.md"]

datas = collect_data_files("pythainlp", includes=[f"corpus/{name}" for name in CORPUS_FILES])
