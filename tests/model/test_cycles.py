"""The step-cycle finder against networkx on random dependency graphs."""

from __future__ import annotations

import networkx as nx
from hypothesis import given, settings
from hypothesis import strategies as st

from pra.model.integrity import find_cycle

graphs = st.integers(min_value=1, max_value=12).flatmap(
    lambda n: st.dictionaries(
        st.sampled_from([f"s{i}" for i in range(n)]),
        st.lists(st.sampled_from([f"s{i}" for i in range(n)]), max_size=4),
        min_size=1,
    )
)


@settings(max_examples=400, deadline=None)
@given(graphs)
def test_find_cycle_agrees_with_networkx_and_returns_a_real_cycle(
    edges: dict[str, list[str]],
) -> None:
    # the model drops self-dependencies and unknown steps before looking for a cycle
    edges = {node: [d for d in deps if d in edges and d != node] for node, deps in edges.items()}
    graph = nx.DiGraph()
    graph.add_nodes_from(edges)
    graph.add_edges_from((node, dep) for node, deps in edges.items() for dep in deps)
    cycle = find_cycle(edges)
    assert bool(cycle) == (not nx.is_directed_acyclic_graph(graph))
    if cycle:
        assert len(set(cycle)) == len(cycle)
        for here, there in zip(cycle, [*cycle[1:], cycle[0]], strict=True):
            assert there in edges[here]
