create table blog (id int primary key, title text not null, contents text not null);
