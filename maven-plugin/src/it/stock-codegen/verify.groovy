// The same classes under stock jooq-codegen-maven: embedding view, Vectorizers constants, store table hidden, compiled.
def gen = new File(basedir, 'target/generated-sources/jooq/com/example/db')
try {
    assert new File(gen, 'tables/Blog.java').isFile()
    assert new File(gen, 'tables/BlogEmbedding.java').isFile()
    assert new File(gen, 'Vectorizers.java').text.contains('jooq_pgai_it_stock_blog')
    assert !new File(gen, 'tables/BlogEmbeddingStore.java').exists()
    assert new File(basedir, 'target/classes/com/example/db/tables/BlogEmbedding.class').isFile()
} finally {
    def c = new org.postgresql.Driver().connect(pgaiUrl, new Properties())
    try {
        def s = c.createStatement()
        s.execute("select ai.drop_vectorizer(id, drop_all => true) from ai.vectorizer where name = 'jooq_pgai_it_stock_blog'")
        s.execute("drop schema if exists jooq_pgai_it_stock cascade")
    } finally {
        c.close()
    }
}
return true
