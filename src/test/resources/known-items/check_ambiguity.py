#!/usr/bin/env python3
"""Validates known-items.tsv against the corpora and prints, per query, how many stories contain its terms.

Usage: python3 check_ambiguity.py [--tsv FILE] [--corpora DIR] [--others N]

Validation (exit 1 on any failure): five tab-separated columns, a known corpus and style, the path exists under
<corpora>/<corpus>/, the expected title equals the file's title (rule below), no duplicate query within a corpus,
at most two of the title's words in the query, keywords queries of 2-5 words, paraphrases of 8-12 words.

Title rule (what storysearch's front matter parser returns): the front matter `title` (YAML `title:` or TOML
`title =`), unquoted and trimmed, without a trailing Hugo heading id ` {#some-id}`; if there is none, the first
`# ` heading of the body; else the file name without its extension.

Ambiguity check: a query's terms are its words minus English stopwords and one-letter words; a term matches a story
when a word of the file (front matter included, case-insensitive) starts with the term's stem (the term less up to
two final letters, at least four kept); CJK terms match as substrings. For each query it prints the number of
stories containing all terms (`all`), the number containing its two rarest terms (`rare`), for `phrase` queries the
number containing its words in that order (`phrase`), and whether the expected story is among those with all terms. Terms the expected story lacks (typos, on purpose) are listed and left out of both counts.
"""
import argparse
import bisect
import os
import re
import sys
import tomllib

CORPORA = ("nodejs-blog", "rust-blog", "opentelemetry", "cpp-docs")
STYLES = ("keywords", "detail", "paraphrase", "author", "typo", "phrase")
EXTENSIONS = (".md", ".markdown", ".mdx")
STOPWORDS = set("""a an and are as at be but by for from has have how i if in into is it its of on or our that the
their then there these they this to was we were what when where which who why will with you your do does did not no
can about after all also any been before being more most new other some such than them using use via vs""".split())
WORD = re.compile(r"\w+")
HUGO_ID = re.compile(r"\s*\{#[^}]*\}\s*$")
CJK = re.compile(r"[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\u0980-\u09ff]")


def story_files(corpus_dir):
    """Story files below a corpus folder, hidden files and folders skipped, in sorted order."""
    found = []
    for folder, dirs, files in os.walk(corpus_dir):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [os.path.join(folder, f) for f in sorted(files)
                  if not f.startswith(".") and f.lower().endswith(EXTENSIONS)]
    return found


def split_front_matter(text):
    """(kind, front matter, body): kind is 'yaml', 'toml' or None."""
    for fence, kind in (("---", "yaml"), ("+++", "toml")):
        lines = text.split("\n")
        if lines and lines[0].rstrip() == fence:
            for i in range(1, len(lines)):
                if lines[i].rstrip() == fence:
                    return kind, "\n".join(lines[1:i]), "\n".join(lines[i + 1:])
    return None, "", text


def yaml_title(front):
    """The top-level `title:` scalar of a YAML block, or None; covers the quoting styles the corpora use."""
    lines = front.split("\n")
    for i, line in enumerate(lines):
        match = re.match(r"title:(?:\s+(.*))?$", line)
        if not match:
            continue
        value = (match.group(1) or "").strip()
        rest = []
        for following in lines[i + 1:]:
            if following.strip() and not following[0].isspace():
                break
            if following.strip():
                rest.append(following.strip())
        if not value and rest:
            value, rest = rest[0], rest[1:]
        if value[:1] in (">", "|"):
            joiner = " " if value[0] == ">" else "\n"
            return joiner.join(rest).strip() or None
        if value.startswith('"'):
            raw = " ".join([value] + rest)
            end = re.match(r'"((?:[^"\\]|\\.)*)"', raw).group(1)
            return re.sub(r'\\(u[0-9a-fA-F]{4}|.)', _unescape, end).strip() or None
        if value.startswith("'"):
            raw = " ".join([value] + rest)
            return re.match(r"'((?:[^']|'')*)'", raw).group(1).replace("''", "'").strip() or None
        value = " ".join([value] + rest)
        return re.sub(r"\s+#.*$", "", value).strip() or None
    return None


def _unescape(match):
    code = match.group(1)
    if code.startswith("u") and len(code) == 5:
        return chr(int(code[1:], 16))
    return {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "/": "/"}.get(code, code)


def first_heading(body):
    """The text of the first level-one ATX heading outside fenced code, or None."""
    fence = None
    for line in body.split("\n"):
        marker = re.match(r" {0,3}(`{3,}|~{3,})", line)
        if marker:
            if fence is None:
                fence = marker.group(1)
            elif marker.group(1).startswith(fence):
                fence = None
        elif fence is None:
            heading = re.match(r" {0,3}# +(.+?)(?:\s+#+)?\s*$", line)
            if heading:
                return heading.group(1).strip()
    return None


def title_of(path, text):
    """The title storysearch gives a story file (see the module docstring)."""
    kind, front, body = split_front_matter(text)
    title = None
    if kind == "yaml":
        title = yaml_title(front)
    elif kind == "toml":
        try:
            value = tomllib.loads(front).get("title")
        except tomllib.TOMLDecodeError:
            value = None
        title = str(value).strip() if value is not None and str(value).strip() else None
    if title is None:
        title = first_heading(body)
    if title is None:
        title = os.path.splitext(os.path.basename(path))[0]
    return HUGO_ID.sub("", title)


def terms_of(query):
    return [w for w in WORD.findall(query.lower()) if w not in STOPWORDS and len(w) > 1]


def stem(term):
    return term if len(term) <= 4 else term[:max(4, len(term) - 2)]


class Corpus:
    """Word index of one corpus: which files hold a word starting with a given stem."""

    def __init__(self, directory):
        self.paths, self.titles, self.texts = [], [], []
        postings = {}
        for path in story_files(directory):
            with open(path, encoding="utf-8") as handle:
                text = handle.read()
            doc = len(self.paths)
            self.paths.append(os.path.relpath(path, directory))
            self.titles.append(title_of(path, text))
            self.texts.append(text.lower())
            for word in set(WORD.findall(text.lower())):
                postings.setdefault(word, set()).add(doc)
        self.vocabulary = sorted(postings)
        self.postings = postings
        self.by_path = {p: i for i, p in enumerate(self.paths)}
        self._flat = None

    def flat_texts(self):
        """Each file's words joined by single spaces, for exact phrase matching; computed once."""
        if self._flat is None:
            self._flat = [" ".join(WORD.findall(text)) for text in self.texts]
        return self._flat

    def docs_with(self, term):
        if CJK.search(term):
            return {i for i, text in enumerate(self.texts) if term in text}
        prefix = stem(term)
        docs = set()
        start = bisect.bisect_left(self.vocabulary, prefix)
        for word in self.vocabulary[start:]:
            if not word.startswith(prefix):
                break
            docs |= self.postings[word]
        return docs


def read_rows(tsv):
    rows = []
    with open(tsv, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if line.startswith("#") or not line.strip():
                continue
            rows.append((number, line.split("\t")))
    return rows


def validate(rows, corpora, tsv):
    """Error lines (file:line: message) for every row that breaks the format rules."""
    errors, seen = [], set()
    for number, cols in rows:
        where = f"{tsv}:{number}"
        if len(cols) != 5:
            errors.append(f"{where}: {len(cols)} columns, expected 5")
            continue
        corpus, query, title, path, style = cols
        if corpus not in corpora:
            errors.append(f"{where}: unknown corpus {corpus!r}")
            continue
        if style not in STYLES:
            errors.append(f"{where}: unknown style {style!r}")
        key = (corpus, " ".join(query.lower().split()))
        if key in seen:
            errors.append(f"{where}: duplicate query {query!r}")
        seen.add(key)
        index = corpora[corpus].by_path.get(path)
        if index is None:
            errors.append(f"{where}: no story file {path!r} in {corpus}")
            continue
        if corpora[corpus].titles[index] != title:
            errors.append(f"{where}: title {title!r}, file has {corpora[corpus].titles[index]!r}")
        words = len(query.split())
        if style == "keywords" and not 2 <= words <= 5:
            errors.append(f"{where}: keywords query of {words} words")
        if style == "paraphrase" and not 8 <= words <= 12:
            errors.append(f"{where}: paraphrase of {words} words")
        title_stems = {stem(t) for t in terms_of(title)}
        shared = [t for t in terms_of(query) if stem(t) in title_stems]
        if len(set(shared)) > 2:
            errors.append(f"{where}: shares {len(set(shared))} title words {shared}")
    return errors


def report(rows, corpora, others):
    """Prints the ambiguity counts of each query, with up to `others` other stories containing all its terms."""
    print("corpus\tall\trare\tphrase\texpected\tquery\tabsent from expected")
    for _, cols in rows:
        corpus, query, _, path, style = cols
        index = corpora[corpus]
        expected = index.by_path[path]
        present, absent = [], []
        for term in dict.fromkeys(terms_of(query)):
            docs = index.docs_with(term)
            (present if expected in docs else absent).append((len(docs), term, docs))
        matching = set(range(len(index.paths)))
        for _, _, docs in present:
            matching &= docs
        rare = set(range(len(index.paths)))
        for _, _, docs in sorted(present, key=lambda t: t[0])[:2]:
            rare &= docs
        phrase = ""
        if style == "phrase":
            words = " ".join(WORD.findall(query.lower()))
            phrase = str(sum(1 for text in index.flat_texts() if words in text))
        print(f"{corpus}\t{len(matching)}\t{len(rare)}\t{phrase}\t{'yes' if expected in matching else 'NO'}\t"
              f"{query}\t{' '.join(t for _, t, _ in absent)}")
        for other in sorted(matching - {expected})[:others]:
            print(f"\t\t\t\t\t  also: {index.paths[other]} | {index.titles[other]}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.normpath(os.path.join(here, "..", "..", "..", ".."))
    parser = argparse.ArgumentParser(description="Validate known-items.tsv and count matching stories per query.")
    parser.add_argument("--tsv", default=os.path.join(here, "known-items.tsv"))
    parser.add_argument("--corpora", default=os.path.join(repo, "..", "shared", "corpora"))
    parser.add_argument("--others", type=int, default=0, help="list up to N other stories holding all terms")
    args = parser.parse_args()
    rows = read_rows(args.tsv)
    wanted = sorted({cols[0] for _, cols in rows if cols and cols[0] in CORPORA})
    corpora = {name: Corpus(os.path.join(args.corpora, name)) for name in wanted}
    errors = validate(rows, corpora, args.tsv)
    for line in errors:
        print(line, file=sys.stderr)
    if errors:
        return 1
    report(rows, corpora, args.others)
    counts = {}
    for _, cols in rows:
        counts.setdefault(cols[0], {}).setdefault(cols[4], 0)
        counts[cols[0]][cols[4]] += 1
    print(f"\n{len(rows)} queries, all valid")
    print("corpus\t" + "\t".join(STYLES) + "\ttotal")
    for corpus in sorted(counts):
        by_style = counts[corpus]
        print(corpus + "\t" + "\t".join(str(by_style.get(s, 0)) for s in STYLES) + f"\t{sum(by_style.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
