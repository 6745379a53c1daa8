// The build failed on drift, naming every difference; nothing for what agrees; then clean the schema up.
def log = new File(basedir, 'build.log').text
try {
    assert log.contains('jooq-pgai: the vectorizers of ')
    assert log.contains('vectorizer drift (4 differences):')
    assert log.contains('jooq_pgai_it_check_drift_blog: chunking.chunk_size 800 in code, 500 in database')
    assert log.contains('jooq_pgai_it_check_drift_blog: embedding.model "text-embedding-3-large" in code, "text-embedding-3-small" in database')
    assert log.contains('jooq_pgai_it_check_drift_titles: declared in code, missing in database')
    assert log.contains('jooq_pgai_it_check_drift_legacy: in database (on jooq_pgai_it_check_drift.blog), not declared in code')
    assert !(log =~ /jooq_pgai_it_check_drift_blog: (?!chunking.chunk_size|embedding.model)/) : 'a difference beyond chunk size and model was reported'
} finally {
    def c = new org.postgresql.Driver().connect(pgaiUrl, new Properties())
    try {
        def s = c.createStatement()
        s.execute("select ai.drop_vectorizer(id, drop_all => true) from ai.vectorizer where source_schema = 'jooq_pgai_it_check_drift'")
        s.execute("drop schema if exists jooq_pgai_it_check_drift cascade")
    } finally {
        c.close()
    }
}
return true
