from rdflib import OWL, RDF, SKOS, URIRef

from kg.vocabulary import ontology_dir, ontology_graph


def test_ontology_files_are_found_and_parse() -> None:
    assert (ontology_dir() / "diplo.ttl").is_file()
    graph = ontology_graph()
    assert (URIRef("https://w3id.org/diplo-kg/ontology"), RDF.type, OWL.Ontology) in graph
    assert (URIRef("https://w3id.org/diplo-kg/cameo/051"), RDF.type, SKOS.Concept) in graph
