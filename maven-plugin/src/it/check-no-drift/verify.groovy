// The build passed: the declaration agrees with what pgai stored (defaults included); then clean the schema up.
def log = new File(basedir, 'build.log').text
try {
    assert log =~ /jooq-pgai: no vectorizer drift between com\.example\.AppVectorizers \(1 declared\) and /
} finally {
    def c = new org.postgresql.Driver().connect(pgaiUrl, new Properties())
    try {
        def s = c.createStatement()
        s.execute("select ai.drop_vectorizer(id, drop_all => true) from ai.vectorizer where source_schema = 'jooq_pgai_it_check_no_drift'")
        s.execute("drop schema if exists jooq_pgai_it_check_no_drift cascade")
    } finally {
        c.close()
    }
}
return true
