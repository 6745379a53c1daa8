// The four builds: generated + compiled, then up to date, then forced, then skipped; then clean the schema up.
def log = new File(basedir, 'build.log').text
def gen = new File(basedir, 'target/generated-sources/jooq/com/example/db')
try {
    assert new File(gen, 'tables/Blog.java').isFile()
    assert new File(gen, 'tables/BlogEmbedding.java').isFile()
    assert new File(gen, 'Vectorizers.java').isFile()
    assert new File(basedir, 'target/classes/com/example/db/tables/BlogEmbedding.class').isFile()
    assert !new File(gen, 'tables/BlogEmbeddingStore.java').exists()
    def summaries = (log =~ /jooq-pgai: generated 1 tables, 1 embedding views, 1 vectorizers, 4 hidden managed objects in \d+ ms/).count
    assert summaries == 2 : "expected the summary line of builds 1 and 3, found ${summaries}"
    def upToDate = (log =~ /jooq-pgai: generated code in .* is up to date .*-Djooq-pgai.force=true regenerates/).count
    assert upToDate == 1 : "expected build 2 to be up to date, found ${upToDate}"
    assert log.contains('jooq-pgai: skipped (jooq-pgai.skip=true)')
} finally {
    def c = new org.postgresql.Driver().connect(pgaiUrl, new Properties())
    try {
        def s = c.createStatement()
        s.execute("select ai.drop_vectorizer(id, drop_all => true) from ai.vectorizer where name = 'jooq_pgai_it_url_blog'")
        s.execute("drop schema if exists jooq_pgai_it_url cascade")
    } finally {
        c.close()
    }
}
return true
