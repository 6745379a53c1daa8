def c = new org.postgresql.Driver().connect(pgaiUrl, new Properties())
try {
    c.createStatement().execute("drop schema if exists jooq_pgai_it_plain cascade; create schema jooq_pgai_it_plain; create table jooq_pgai_it_plain.note (id int primary key, body text)")
} finally {
    c.close()
}
return true
