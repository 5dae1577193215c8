"""Exchange files generated from ``data/exchange.schema.json`` by hypothesis, their
ids often those of the shipped catalogue so that the merge rules run, not only the reference
checks: each imports, or is refused in one line with the database unchanged. The fuzzer's
bytes drive hypothesis's choices (``fuzz_one_input``).

The strategies are built here from the schema's few keywords (``schema_strategy``), not by
hypothesis-jsonschema: its 0.23 (the latest) calls a hypothesis internal that hypothesis
6.170 no longer has (``'many' object has no attribute 'more'``) on every object schema."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fuzz.common import ROOT, export_seeds
from tests.fuzz.target_merge import merge_bytes

SHORT_RUNS = 100


def schema_strategy(node: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values of a JSON Schema of the keywords ``data/exchange.schema.json`` uses."""
    if "const" in node:
        return st.just(node["const"])
    if "enum" in node:
        return st.sampled_from(node["enum"])
    if "oneOf" in node:
        return st.one_of([schema_strategy(option) for option in node["oneOf"]])
    kinds = node.get("type", ["string", "integer", "null", "boolean"])
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return st.one_of([_of_type(kind, node) for kind in kinds])


def _of_type(kind: str, node: dict[str, Any]) -> st.SearchStrategy[Any]:
    if kind == "string":
        if "pattern" in node:
            return st.from_regex(node["pattern"], fullmatch=True)
        most = min(node.get("maxLength", 60), 60)  # long texts: test_exchange_limits
        return st.text(min_size=node.get("minLength", 0), max_size=most)
    if kind == "integer":
        return st.integers(node.get("minimum"), node.get("maximum"))
    if kind == "number":
        return st.floats(allow_nan=False)
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    if kind == "array":
        return st.lists(schema_strategy(node.get("items", {})), max_size=4)
    properties = node.get("properties", {})
    required = set(node.get("required", ()))
    optional = {name: schema_strategy(value) for name, value in properties.items()
                if name not in required}  # fmt: skip
    extra = node.get("additionalProperties", True)
    values: st.SearchStrategy[Any] = (
        schema_strategy(extra) if isinstance(extra, dict) else st.integers()
    )
    return st.fixed_dictionaries(
        {name: schema_strategy(properties[name]) for name in properties if name in required},
        optional=optional,
    ).flatmap(
        lambda fixed: (
            st.dictionaries(st.text(max_size=8), values, max_size=2).map(
                lambda more: {**more, **fixed}
            )
            if extra is not False
            else st.just(fixed)
        )
    )


def _inlined(node: Any, definitions: dict[str, Any]) -> Any:
    """The schema with its ``$ref``s replaced by what they name: hypothesis-jsonschema
    resolves no ``$ref`` against a ``urn:`` ``$id`` (the format's schema has no cycles)."""
    if isinstance(node, dict):
        if "$ref" in node:
            return _inlined(definitions[node["$ref"].removeprefix("#/$defs/")], definitions)
        return {key: _inlined(value, definitions) for key, value in node.items()
                if key not in ("$id", "$schema", "$defs")}  # fmt: skip
    if isinstance(node, list):
        return [_inlined(value, definitions) for value in node]
    return node


_RAW = json.loads((ROOT / "data" / "exchange.schema.json").read_text(encoding="utf-8"))
SCHEMA = _inlined(_RAW, _RAW["$defs"])
SHIPPED = json.loads((ROOT / "data" / "catalogue.json").read_text(encoding="utf-8"))
KNOWN = {kind: [record["id"] for record in SHIPPED[kind]] for kind in SHIPPED if kind != "format"
         and isinstance(SHIPPED[kind], list)}  # fmt: skip
REFERENCES = {"category_id": "categories", "practice_id": "practices", "region_id": "regions",
              "origin_region_id": "regions"}  # fmt: skip


def _tied(document: dict[str, Any], data: st.DataObject) -> dict[str, Any]:
    """Some references and ids replaced by the shipped catalogue's."""
    for kind in ("categories", "regions", "practices", "notes"):
        for record in document.get(kind) or []:
            if not isinstance(record, dict):
                continue
            for field, target in REFERENCES.items():
                if field in record and data.draw(st.booleans()):
                    record[field] = data.draw(st.sampled_from(KNOWN[target]))
            if KNOWN.get(kind) and "id" in record and data.draw(st.booleans()):
                record["id"] = data.draw(st.sampled_from(KNOWN[kind]))
    return document


@settings(database=None, deadline=None, suppress_health_check=list(HealthCheck), max_examples=10**9)
@given(document=schema_strategy(SCHEMA), data=st.data(), indent=st.sampled_from([None, 1]))
def merge_generated(document: dict[str, Any], data: st.DataObject, indent: int | None) -> None:
    text = json.dumps(_tied(document, data), indent=indent, ensure_ascii=data.draw(st.booleans()))
    merge_bytes(text.encode("utf-8", "surrogatepass"))


def test_one_input(data: bytes) -> None:
    merge_generated.hypothesis.fuzz_one_input(data)


def seeds() -> list[bytes]:
    return [bytes(64), bytes(range(256)), *(seed[:4096] for seed in export_seeds()[:2])]
