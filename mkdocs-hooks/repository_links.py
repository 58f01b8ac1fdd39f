"""MkDocs hook: links from docs/ to files of the repository outside docs/.

The manual is read in two places: in the repository (GitHub, an IDE), where a link such as
../samples/pom.xml or ../BENCHMARKS.md works, and as the MkDocs site, which has only docs/. MkDocs
1.4 (Debian's) reports every such link as a missing page, so this hook, for each link from a page
to a path outside docs/:

- fails the build (a warning, which strict mode turns into an error) when the path is not a file
  or folder of the repository, so a typo cannot hide behind the rewrite;
- links to the same file inside the site when docs/ reaches it through a symbolic link
  (docs/sample-site -> ../samples/site makes ../samples/site/telemetry.md the site's page);
- links to extra.repository_files_url + path when that is set;
- otherwise shows the path in the repository as code instead of a link that would go nowhere.
"""

import logging
import os
import posixpath
import re

log = logging.getLogger("mkdocs.hooks.repository_links")

_LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]+)\)")
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def on_page_markdown(markdown, page, config, files, **kwargs):
    docs_dir = os.path.abspath(config["docs_dir"])
    repo_dir = os.path.dirname(os.path.abspath(config["config_file_path"]))
    base_url = (config.get("extra") or {}).get("repository_files_url") or ""
    page_dir = posixpath.dirname(page.file.src_uri)

    def rewrite(match):
        bang, text, target = match.groups()
        if bang or _SCHEME.match(target) or target.startswith(("#", "/")):
            return match.group(0)
        path, _, fragment = target.partition("#")
        in_docs = posixpath.normpath(posixpath.join(page_dir, path))
        if not in_docs.startswith("../"):
            return match.group(0)  # inside docs/: MkDocs checks it itself
        absolute = os.path.normpath(os.path.join(docs_dir, *in_docs.split("/")))
        repo_path = os.path.relpath(absolute, repo_dir).replace(os.sep, "/")
        if repo_path.startswith("../") or not os.path.exists(absolute):
            log.warning(
                f"Documentation file '{page.file.src_uri}' contains a link to '{target}', "
                f"which is not a file or folder of the repository."
            )
            return match.group(0)
        mirrored = _mirror(absolute, docs_dir)
        if mirrored is not None and files.get_file_from_path(mirrored) is not None:
            relative = posixpath.relpath(mirrored, page_dir or ".")
            return f"[{text}]({relative}{'#' + fragment if fragment else ''})"
        if base_url:
            return f"[{text}]({base_url.rstrip('/')}/{repo_path}{'#' + fragment if fragment else ''})"
        shown = text.strip("`").rstrip("/")
        if shown in (repo_path.rstrip("/"), posixpath.basename(repo_path.rstrip("/"))):
            return f"`{repo_path}`"
        return f"{text} (`{repo_path}`)"

    # Links inside fenced code blocks are left alone: every odd part of the split is a fence's body.
    parts = re.split(r"(^(?:```|~~~)[^\n]*\n.*?^(?:```|~~~)[^\n]*$)", markdown, flags=re.MULTILINE | re.DOTALL)
    return "".join(part if i % 2 else _LINK.sub(rewrite, part) for i, part in enumerate(parts))


def _mirror(absolute, docs_dir):
    """The path under docs/ of a file that docs/ reaches through a symbolic link, or None."""
    if not os.path.isfile(absolute):
        return None
    real = os.path.realpath(absolute)
    for entry in sorted(os.listdir(docs_dir)):
        link = os.path.join(docs_dir, entry)
        if os.path.islink(link):
            target = os.path.realpath(link)
            if real.startswith(target + os.sep):
                return entry + "/" + os.path.relpath(real, target).replace(os.sep, "/")
    return None
