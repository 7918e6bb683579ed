(module
 (type $0 (func (param i32 i32 i32)))
 (type $1 (func (param i32 i32)))
 (type $2 (func (param v128) (result v128)))
 (type $3 (func (param v128 v128) (result v128)))
 (type $4 (func (param i32) (result i32)))
 (type $5 (func (param i32 i32) (result i32)))
 (type $6 (func))
 (memory $0 4113 4113)
 (data $0 (i32.const 249513408) "\00\00\00\00\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00\t\00\00\00\n\00\00\00\0b\00\00\00\0c\00\00\00\r\00\00\00\0e\00\00\00\0f\00\00\00\10\00\00\00\11\00\00\00\12\00\00\00\13\00\00\00\14\00\00\00\15\00\00\00\16\00\00\00\17\00\00\00\18\00\00\00\19\00\00\00\1a\00\00\00\1b\00\00\00\1c\00\00\00\1d\00\00\00\1e\00\00\00\1f\00\00\00 \00\00\00!\00\00\00\"\00\00\00#\00\00\00$\00\00\00%\00\00\00&\00\00\00\'\00\00\00(\00\00\00)\00\00\00*\00\00\00+\00\00\00,\00\00\00-\00\00\00.\00\00\00/\00\00\000\00\00\001\00\00\002\00\00\003\00\00\004\00\00\005\00\00\006\00\00\007\00\00\008\00\00\009\00\00\00:\00\00\00;\00\00\00<\00\00\00=\00\00\00>\00\00\00?\00\00\00@\00\00\00A\00\00\00B\00\00\00C\00\00\00D\00\00\00E\00\00\00F\00\00\00G\00\00\00H\00\00\00I\00\00\00J\00\00\00K\00\00\00L\00\00\00M\00\00\00N\00\00\00O\00\00\00P\00\00\00Q\00\00\00R\00\00\00S\00\00\00T\00\00\00U\00\00\00V\00\00\00W\00\00\00X\00\00\00Y\00\00\00Z\00\00\00[\00\00\00\\\00\00\00]\00\00\00^\00\00\00_\00\00\00`\00\00\00a\00\00\00b\00\00\00c\00\00\00d\00\00\00e\00\00\00f\00\00\00g\00\00\00h\00\00\00i\00\00\00j\00\00\00k\00\00\00l\00\00\00m\00\00\00n\00\00\00o\00\00\00p\00\00\00q\00\00\00r\00\00\00s\00\00\00t\00\00\00u\00\00\00v\00\00\00w\00\00\00x\00\00\00y\00\00\00z\00\00\00{\00\00\00|\00\00\00}\00\00\00~\00\00\00\7f\00\00\00\80\00\00\00\81\00\00\00\82\00\00\00\83\00\00\00\84\00\00\00\85\00\00\00\86\00\00\00\87\00\00\00\88\00\00\00\89\00\00\00\8a\00\00\00\8b\00\00\00\8c\00\00\00\8d\00\00\00\8e\00\00\00\8f\00\00\00\90\00\00\00\91\00\00\00\92\00\00\00\93\00\00\00\94\00\00\00\95\00\00\00\96\00\00\00\97\00\00\00\98\00\00\00\99\00\00\00\9a\00\00\00\9b\00\00\00\9c\00\00\00\9d\00\00\00\9e\00\00\00\9f\00\00\00\a0\00\00\00\a1\00\00\00\a2\00\00\00\a3\00\00\00\a4\00\00\00\a5\00\00\00\a6\00\00\00\a7\00\00\00\a8\00\00\00\a9\00\00\00\aa\00\00\00\ab\00\00\00\ac\00\00\00\ad\00\00\00\ae\00\00\00\af\00\00\00\b0\00\00\00\b1\00\00\00\b2\00\00\00\b3\00\00\00\b4\00\00\00\b5\00\00\00\b6\00\00\00\b7\00\00\00\b8\00\00\00\b9\00\00\00\ba\00\00\00\bb\00\00\00\bc\00\00\00\bd\00\00\00\be\00\00\00\bf\00\00\00\c0\00\00\00\c1\00\00\00\c2\00\00\00\c3\00\00\00\c4\00\00\00\c5\00\00\00\c6\00\00\00\c7\00\00\00\c8\00\00\00\c9\00\00\00\ca\00\00\00\cb\00\00\00\cc\00\00\00\cd\00\00\00\ce\00\00\00\cf\00\00\00\d0\00\00\00\d1\00\00\00\d2\00\00\00\d3\00\00\00\d4\00\00\00\d5\00\00\00\d6\00\00\00\d7\00\00\00\d8\00\00\00\d9\00\00\00\da\00\00\00\db\00\00\00\dc\00\00\00\dd\00\00\00\de\00\00\00\df\00\00\00\e0\00\00\00\e1\00\00\00\e2\00\00\00\e3\00\00\00\e4\00\00\00\e5\00\00\00\e6\00\00\00\e7\00\00\00\e8\00\00\00\e9\00\00\00\ea\00\00\00\eb\00\00\00\ec\00\00\00\ed\00\00\00\ee\00\00\00\ef\00\00\00\f0\00\00\00\f1\00\00\00\f2\00\00\00\f3\00\00\00\f4\00\00\00\f5\00\00\00\f6\00\00\00\f7\00\00\00\f8\00\00\00\f9\00\00\00\fa\00\00\00\fb\00\00\00\fc\00\00\00\fd\00\00\00\fe\00\00\00\ff\00\00\00\00\01\00\00\01\01\00\00\02\01\00\00\03\01\00\00\04\01\00\00\05\01\00\00\06\01\00\00\07\01\00\00\08\01\00\00\t\01\00\00\n\01\00\00\0b\01\00\00\0c\01\00\00\r\01\00\00\0e\01\00\00\0f\01\00\00\10\01\00\00\11\01\00\00\12\01\00\00\13\01\00\00\14\01\00\00\15\01\00\00\16\01\00\00\17\01\00\00\18\01\00\00\19\01\00\00\1a\01\00\00\1b\01\00\00\1c\01\00\00\1d\01\00\00\1e\01\00\00\1f\01\00\00 \01\00\00!\01\00\00\"\01\00\00#\01\00\00$\01\00\00%\01\00\00&\01\00\00\'\01\00\00(\01\00\00)\01\00\00*\01\00\00+\01\00\00,\01\00\00-\01\00\00.\01\00\00/\01\00\000\01\00\001\01\00\002\01\00\003\01\00\004\01\00\005\01\00\006\01\00\007\01\00\008\01\00\009\01\00\00:\01\00\00;\01\00\00<\01\00\00=\01\00\00>\01\00\00?\01\00\00@\01\00\00A\01\00\00B\01\00\00C\01\00\00D\01\00\00E\01\00\00F\01\00\00G\01\00\00H\01\00\00I\01\00\00J\01\00\00K\01\00\00L\01\00\00M\01\00\00N\01\00\00O\01\00\00P\01\00\00Q\01\00\00R\01\00\00S\01\00\00T\01\00\00U\01\00\00V\01\00\00W\01\00\00X\01\00\00Y\01\00\00Z\01\00\00[\01\00\00\\\01\00\00]\01\00\00^\01\00\00_\01\00\00`\01\00\00a\01\00\00b\01\00\00c\01\00\00d\01\00\00e\01\00\00f\01\00\00g\01\00\00h\01\00\00i\01\00\00j\01\00\00k\01\00\00l\01\00\00m\01\00\00n\01\00\00o\01\00\00p\01\00\00q\01\00\00r\01\00\00s\01\00\00t\01\00\00u\01\00\00v\01\00\00w\01\00\00x\01\00\00y\01\00\00z\01\00\00{\01\00\00|\01\00\00}\01\00\00~\01\00\00\7f\01\00\00\80\01\00\00\81\01\00\00\82\01\00\00\83\01\00\00\84\01\00\00\85\01\00\00\86\01\00\00\87\01\00\00\88\01\00\00\89\01\00\00\8a\01\00\00\8b\01\00\00\8c\01\00\00\8d\01\00\00\8e\01\00\00\8f\01\00\00\90\01\00\00\91\01\00\00\92\01\00\00\93\01\00\00\94\01\00\00\95\01\00\00\96\01\00\00\97\01\00\00\98\01\00\00\99\01\00\00\9a\01\00\00\9b\01\00\00\9c\01\00\00\9d\01\00\00\9e\01\00\00\9f\01\00\00\a0\01\00\00\a1\01\00\00\a2\01\00\00\a3\01\00\00\a4\01\00\00\a5\01\00\00\a6\01\00\00\a7\01\00\00\a8\01\00\00\a9\01\00\00\aa\01\00\00\ab\01\00\00\ac\01\00\00\ad\01\00\00\ae\01\00\00\af\01\00\00\b0\01\00\00\b1\01\00\00\b2\01\00\00\b3\01\00\00\b4\01\00\00\b5\01\00\00\b6\01\00\00\b7\01\00\00\b8\01\00\00\b9\01\00\00\ba\01\00\00\bb\01\00\00\bc\01\00\00\bd\01\00\00\be\01\00\00\bf\01\00\00\c0\01\00\00\c1\01\00\00\c2\01\00\00\c3\01\00\00\c4\01\00\00\c5\01\00\00\c6\01\00\00\c7\01\00\00\c8\01\00\00\c9\01\00\00\ca\01\00\00\cb\01\00\00\cc\01\00\00\cd\01\00\00\ce\01\00\00\cf\01\00\00\d0\01\00\00\d1\01\00\00\d2\01\00\00\d3\01\00\00\d4\01\00\00\d5\01\00\00\d6\01\00\00\d7\01\00\00\d8\01\00\00\d9\01\00\00\da\01\00\00\db\01\00\00\dc\01\00\00\dd\01\00\00\de\01\00\00\df\01\00\00\e0\01\00\00\e1\01\00\00\e2\01\00\00\e3\01\00\00\e4\01\00\00\e5\01\00\00\e6\01\00\00\e7\01\00\00\e8\01\00\00\e9\01\00\00\ea\01\00\00\eb\01\00\00\ec\01\00\00\ed\01\00\00\ee\01\00\00\ef\01\00\00\f0\01\00\00\f1\01\00\00\f2\01\00\00\f3\01\00\00\f4\01\00\00\f5\01\00\00\f6\01\00\00\f7\01\00\00\f8\01\00\00\f9\01\00\00\fa\01\00\00\fb\01\00\00\fc\01\00\00\fd\01\00\00\fe\01\00\00\ff\01\00\00\00\02\00\00\01\02\00\00\02\02\00\00\03\02\00\00\04\02\00\00\05\02\00\00\06\02\00\00\07\02\00\00\08\02\00\00\t\02\00\00\n\02\00\00\0b\02\00\00\0c\02\00\00\r\02\00\00\0e\02\00\00\0f\02\00\00\10\02\00\00\11\02\00\00\12\02\00\00\13\02\00\00\14\02\00\00\15\02\00\00\16\02\00\00\17\02\00\00\18\02\00\00\19\02\00\00\1a\02\00\00\1b\02\00\00\1c\02\00\00\1d\02\00\00\1e\02\00\00\1f\02\00\00 \02\00\00!\02\00\00\"\02\00\00#\02\00\00$\02\00\00%\02\00\00&\02\00\00\'\02\00\00(\02\00\00)\02\00\00*\02\00\00+\02\00\00,\02\00\00-\02\00\00.\02\00\00/\02\00\000\02\00\001\02\00\002\02\00\003\02\00\004\02\00\005\02\00\006\02\00\007\02\00\008\02\00\009\02\00\00:\02\00\00;\02\00\00<\02\00\00=\02\00\00>\02\00\00?\02\00\00@\02\00\00A\02\00\00B\02\00\00C\02\00\00D\02\00\00E\02\00\00F\02\00\00G\02\00\00H\02\00\00I\02\00\00J\02\00\00K\02\00\00L\02\00\00M\02\00\00N\02\00\00O\02\00\00P\02\00\00Q\02\00\00R\02\00\00S\02\00\00T\02\00\00U\02\00\00V\02\00\00W\02\00\00X\02\00\00Y\02\00\00Z\02\00\00[\02\00\00\\\02\00\00]\02\00\00^\02\00\00_\02\00\00`\02\00\00a\02\00\00b\02\00\00c\02\00\00d\02\00\00e\02\00\00f\02\00\00g\02\00\00h\02\00\00i\02\00\00j\02\00\00k\02\00\00l\02\00\00m\02\00\00n\02\00\00o\02\00\00p\02\00\00q\02\00\00r\02\00\00s\02\00\00t\02\00\00u\02\00\00v\02\00\00w\02\00\00x\02\00\00y\02\00\00z\02\00\00{\02\00\00|\02\00\00}\02\00\00~\02\00\00\7f\02\00\00\80\02\00\00\81\02\00\00\82\02\00\00\83\02\00\00\84\02\00\00\85\02\00\00\86\02\00\00\87\02\00\00\88\02\00\00\89\02\00\00\8a\02\00\00\8b\02\00\00\8c\02\00\00\8d\02\00\00\8e\02\00\00\8f\02\00\00\90\02\00\00\91\02\00\00\92\02\00\00\93\02\00\00\94\02\00\00\95\02\00\00\96\02\00\00\97\02\00\00\98\02\00\00\99\02\00\00\9a\02\00\00\9b\02\00\00\9c\02\00\00\9d\02\00\00\9e\02\00\00\9f\02\00\00\a0\02\00\00\a1\02\00\00\a2\02\00\00\a3\02\00\00\a4\02\00\00\a5\02\00\00\a6\02\00\00\a7\02\00\00\a8\02\00\00\a9\02\00\00\aa\02\00\00\ab\02\00\00\ac\02\00\00\ad\02\00\00\ae\02\00\00\af\02\00\00\b0\02\00\00\b1\02\00\00\b2\02\00\00\b3\02\00\00\b4\02\00\00\b5\02\00\00\b6\02\00\00\b7\02\00\00\b8\02\00\00\b9\02\00\00\ba\02\00\00\bb\02\00\00\bc\02\00\00\bd\02\00\00\be\02\00\00\bf\02\00\00\c0\02\00\00\c1\02\00\00\c2\02\00\00\c3\02\00\00\c4\02\00\00\c5\02\00\00\c6\02\00\00\c7\02\00\00\c8\02\00\00\c9\02\00\00\ca\02\00\00\cb\02\00\00\cc\02\00\00\cd\02\00\00\ce\02\00\00\cf\02\00\00\d0\02\00\00\d1\02\00\00\d2\02\00\00\d3\02\00\00\d4\02\00\00\d5\02\00\00\d6\02\00\00\d7\02\00\00\d8\02\00\00\d9\02\00\00\da\02\00\00\db\02\00\00\dc\02\00\00\dd\02\00\00\de\02\00\00\df\02\00\00\e0\02\00\00\e1\02\00\00\e2\02\00\00\e3\02\00\00\e4\02\00\00\e5\02\00\00\e6\02\00\00\e7\02\00\00\e8\02\00\00\e9\02\00\00\ea\02\00\00\eb\02\00\00\ec\02\00\00\ed\02\00\00\ee\02\00\00\ef\02\00\00\f0\02\00\00\f1\02\00\00\f2\02\00\00\f3\02\00\00\f4\02\00\00\f5\02\00\00\f6\02\00\00\f7\02\00\00\f8\02\00\00\f9\02\00\00\fa\02\00\00\fb\02\00\00\fc\02\00\00\fd\02\00\00\fe\02\00\00\ff\02\00\00\00\03\00\00\01\03\00\00\02\03\00\00\03\03\00\00\04\03\00\00\05\03\00\00\06\03\00\00\07\03\00\00\08\03\00\00\t\03\00\00\n\03\00\00\0b\03\00\00\0c\03\00\00\r\03\00\00\0e\03\00\00\0f\03\00\00\10\03\00\00\11\03\00\00\12\03\00\00\13\03\00\00\14\03\00\00\15\03\00\00\16\03\00\00\17\03\00\00\18\03\00\00\19\03\00\00\1a\03\00\00\1b\03\00\00\1c\03\00\00\1d\03\00\00\1e\03\00\00\1f\03\00\00 \03\00\00!\03\00\00\"\03\00\00#\03\00\00$\03\00\00%\03\00\00&\03\00\00\'\03\00\00(\03\00\00)\03\00\00*\03\00\00+\03\00\00,\03\00\00-\03\00\00.\03\00\00/\03\00\000\03\00\001\03\00\002\03\00\003\03\00\004\03\00\005\03\00\006\03\00\007\03\00\008\03\00\009\03\00\00:\03\00\00;\03\00\00<\03\00\00=\03\00\00>\03\00\00?\03\00\00@\03\00\00A\03\00\00B\03\00\00C\03\00\00D\03\00\00E\03\00\00F\03\00\00G\03\00\00H\03\00\00I\03\00\00J\03\00\00K\03\00\00L\03\00\00M\03\00\00N\03\00\00O\03\00\00P\03\00\00Q\03\00\00R\03\00\00S\03\00\00T\03\00\00U\03\00\00V\03\00\00W\03\00\00X\03\00\00Y\03\00\00Z\03\00\00[\03\00\00\\\03\00\00]\03\00\00^\03\00\00_\03\00\00`\03\00\00a\03\00\00b\03\00\00c\03\00\00d\03\00\00e\03\00\00f\03\00\00g\03\00\00h\03\00\00i\03\00\00j\03\00\00k\03\00\00l\03\00\00m\03\00\00n\03\00\00o\03\00\00p\03\00\00q\03\00\00r\03\00\00s\03\00\00t\03\00\00u\03\00\00v\03\00\00w\03\00\00x\03\00\00y\03\00\00z\03\00\00{\03\00\00|\03\00\00}\03\00\00~\03\00\00\7f\03\00\00\80\03\00\00\81\03\00\00\82\03\00\00\83\03\00\00\84\03\00\00\85\03\00\00\86\03\00\00\87\03\00\00\88\03\00\00\89\03\00\00\8a\03\00\00\8b\03\00\00\8c\03\00\00\8d\03\00\00\8e\03\00\00\8f\03\00\00\90\03\00\00\91\03\00\00\92\03\00\00\93\03\00\00\94\03\00\00\95\03\00\00\96\03\00\00\97\03\00\00\98\03\00\00\99\03\00\00\9a\03\00\00\9b\03\00\00\9c\03\00\00\9d\03\00\00\9e\03\00\00\9f\03\00\00\a0\03\00\00\a1\03\00\00\a2\03\00\00\a3\03\00\00\a4\03\00\00\a5\03\00\00\a6\03\00\00\a7\03\00\00\a8\03\00\00\a9\03\00\00\aa\03\00\00\ab\03\00\00\ac\03\00\00\ad\03\00\00\ae\03\00\00\af\03\00\00\b0\03\00\00\b1\03\00\00\b2\03\00\00\b3\03\00\00\b4\03\00\00\b5\03\00\00\b6\03\00\00\b7\03\00\00\b8\03\00\00\b9\03\00\00\ba\03\00\00\bb\03\00\00\bc\03\00\00\bd\03\00\00\be\03\00\00\bf\03\00\00\c0\03\00\00\c1\03\00\00\c2\03\00\00\c3\03\00\00\c4\03\00\00\c5\03\00\00\c6\03\00\00\c7\03\00\00\c8\03\00\00\c9\03\00\00\ca\03\00\00\cb\03\00\00\cc\03\00\00\cd\03\00\00\ce\03\00\00\cf\03\00\00\d0\03\00\00\d1\03\00\00\d2\03\00\00\d3\03\00\00\d4\03\00\00\d5\03\00\00\d6\03\00\00\d7\03\00\00\d8\03\00\00\d9\03\00\00\da\03\00\00\db\03\00\00\dc\03\00\00\dd\03\00\00\de\03\00\00\df\03\00\00\e0\03\00\00\e1\03\00\00\e2\03\00\00\e3\03\00\00\e4\03\00\00\e5\03\00\00\e6\03\00\00\e7\03\00\00")
 (export "memory" (memory $0))
 (export "first_non_finite" (func $first_non_finite))
 (export "entry:alexnet" (func $alexnet))
 (func $gf_exp_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local.set $1
   (f32x4.max
    (f32x4.min
     (local.get $0)
     (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
    )
    (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
   )
  )
  (local.set $2
   (f32x4.nearest
    (f32x4.mul
     (local.get $1)
     (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
    )
   )
  )
  (local.set $3
   (f32x4.sub
    (f32x4.sub
     (local.get $1)
     (f32x4.mul
      (local.get $2)
      (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
     )
    )
    (f32x4.mul
     (local.get $2)
     (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
    )
   )
  )
  (local.set $4
   (f32x4.add
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967)
             (local.get $3)
            )
            (v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce)
           )
           (local.get $3)
          )
          (v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908)
         )
         (local.get $3)
        )
        (v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1)
       )
       (local.get $3)
      )
      (v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa)
     )
     (local.get $3)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (local.set $4
   (f32x4.add
    (f32x4.add
     (f32x4.mul
      (local.get $4)
      (f32x4.mul
       (local.get $3)
       (local.get $3)
      )
     )
     (local.get $3)
    )
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   )
  )
  (local.set $5
   (i32x4.trunc_sat_f32x4_s
    (local.get $2)
   )
  )
  (local.set $6
   (i32x4.shr_s
    (local.get $5)
    (i32.const 1)
   )
  )
  (f32x4.mul
   (f32x4.mul
    (local.get $4)
    (i32x4.shl
     (i32x4.add
      (local.get $6)
      (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
     )
     (i32.const 23)
    )
   )
   (i32x4.shl
    (i32x4.add
     (i32x4.sub
      (local.get $5)
      (local.get $6)
     )
     (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
    )
    (i32.const 23)
   )
  )
 )
 (func $gf_log_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 v128)
  (local $9 v128)
  (local.set $1
   (f32x4.lt
    (local.get $0)
    (v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000)
   )
  )
  (local.set $2
   (v128.bitselect
    (f32x4.mul
     (local.get $0)
     (v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000)
    )
    (local.get $0)
    (local.get $1)
   )
  )
  (local.set $3
   (i32x4.sub
    (i32x4.sub
     (i32x4.shr_u
      (local.get $2)
      (i32.const 23)
     )
     (v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e)
    )
    (v128.and
     (local.get $1)
     (v128.const i32x4 0x00000017 0x00000017 0x00000017 0x00000017)
    )
   )
  )
  (local.set $4
   (v128.or
    (v128.and
     (local.get $2)
     (v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff)
    )
    (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
   )
  )
  (local.set $5
   (f32x4.lt
    (local.get $4)
    (v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3)
   )
  )
  (local.set $3
   (i32x4.add
    (local.get $3)
    (local.get $5)
   )
  )
  (local.set $4
   (f32x4.sub
    (f32x4.add
     (local.get $4)
     (v128.and
      (local.get $4)
      (local.get $5)
     )
    )
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   )
  )
  (local.set $8
   (f32x4.convert_i32x4_s
    (local.get $3)
   )
  )
  (local.set $6
   (f32x4.mul
    (local.get $4)
    (local.get $4)
   )
  )
  (local.set $7
   (f32x4.mul
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (f32x4.add
            (f32x4.mul
             (f32x4.add
              (f32x4.mul
               (f32x4.add
                (f32x4.mul
                 (f32x4.add
                  (f32x4.mul
                   (f32x4.add
                    (f32x4.mul
                     (v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb)
                     (local.get $4)
                    )
                    (v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8)
                   )
                   (local.get $4)
                  )
                  (v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a)
                 )
                 (local.get $4)
                )
                (v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f)
               )
               (local.get $4)
              )
              (v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf)
             )
             (local.get $4)
            )
            (v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50)
           )
           (local.get $4)
          )
          (v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac)
         )
         (local.get $4)
        )
        (v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc)
       )
       (local.get $4)
      )
      (v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa)
     )
     (local.get $4)
    )
    (local.get $6)
   )
  )
  (local.set $7
   (f32x4.add
    (local.get $7)
    (f32x4.mul
     (local.get $8)
     (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
    )
   )
  )
  (local.set $7
   (f32x4.sub
    (local.get $7)
    (f32x4.mul
     (local.get $6)
     (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
    )
   )
  )
  (local.set $9
   (f32x4.add
    (f32x4.add
     (local.get $4)
     (local.get $7)
    )
    (f32x4.mul
     (local.get $8)
     (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
    (local.get $9)
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (local.set $9
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (local.get $9)
    (f32x4.lt
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (v128.bitselect
   (local.get $0)
   (local.get $9)
   (v128.or
    (f32x4.eq
     (local.get $0)
     (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
    )
    (f32x4.ne
     (local.get $0)
     (local.get $0)
    )
   )
  )
 )
 (func $gf_tanh_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local.set $1
   (f32x4.abs
    (local.get $0)
   )
  )
  (local.set $2
   (f32x4.mul
    (local.get $0)
    (local.get $0)
   )
  )
  (local.set $3
   (f32x4.add
    (f32x4.mul
     (f32x4.mul
      (f32x4.add
       (f32x4.mul
        (f32x4.add
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (v128.const i32x4 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea 0xbbbaf0ea)
              (local.get $2)
             )
             (v128.const i32x4 0x3ca9134e 0x3ca9134e 0x3ca9134e 0x3ca9134e)
            )
            (local.get $2)
           )
           (v128.const i32x4 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d 0xbd5c1e2d)
          )
          (local.get $2)
         )
         (v128.const i32x4 0x3e088393 0x3e088393 0x3e088393 0x3e088393)
        )
        (local.get $2)
       )
       (v128.const i32x4 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99 0xbeaaaa99)
      )
      (local.get $2)
     )
     (local.get $0)
    )
    (local.get $0)
   )
  )
  (local.set $4
   (f32x4.sub
    (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
    (f32x4.div
     (v128.const i32x4 0x40000000 0x40000000 0x40000000 0x40000000)
     (f32x4.add
      (call $gf_exp_f32x4
       (f32x4.add
        (local.get $1)
        (local.get $1)
       )
      )
      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
     )
    )
   )
  )
  (v128.or
   (v128.bitselect
    (local.get $3)
    (local.get $4)
    (f32x4.lt
     (local.get $1)
     (v128.const i32x4 0x3f200000 0x3f200000 0x3f200000 0x3f200000)
    )
   )
   (v128.and
    (local.get $0)
    (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
   )
  )
 )
 (func $gf_erf_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local $2 v128)
  (local.set $1
   (f32x4.max
    (f32x4.min
     (local.get $0)
     (v128.const i32x4 0x40800000 0x40800000 0x40800000 0x40800000)
    )
    (v128.const i32x4 0xc0800000 0xc0800000 0xc0800000 0xc0800000)
   )
  )
  (local.set $2
   (f32x4.mul
    (local.get $1)
    (local.get $1)
   )
  )
  (f32x4.div
   (f32x4.mul
    (local.get $1)
    (f32x4.add
     (f32x4.mul
      (f32x4.add
       (f32x4.mul
        (f32x4.add
         (f32x4.mul
          (f32x4.add
           (f32x4.mul
            (f32x4.add
             (f32x4.mul
              (f32x4.add
               (f32x4.mul
                (v128.const i32x4 0xaf95df0b 0xaf95df0b 0xaf95df0b 0xaf95df0b)
                (local.get $2)
               )
               (v128.const i32x4 0x32edffee 0x32edffee 0x32edffee 0x32edffee)
              )
              (local.get $2)
             )
             (v128.const i32x4 0xb60cff51 0xb60cff51 0xb60cff51 0xb60cff51)
            )
            (local.get $2)
           )
           (v128.const i32x4 0xb86ec2d2 0xb86ec2d2 0xb86ec2d2 0xb86ec2d2)
          )
          (local.get $2)
         )
         (v128.const i32x4 0xba40ac63 0xba40ac63 0xba40ac63 0xba40ac63)
        )
        (local.get $2)
       )
       (v128.const i32x4 0xbb41a1f6 0xbb41a1f6 0xbb41a1f6 0xbb41a1f6)
      )
      (local.get $2)
     )
     (v128.const i32x4 0xbc83dbd4 0xbc83dbd4 0xbc83dbd4 0xbc83dbd4)
    )
   )
   (f32x4.add
    (f32x4.mul
     (f32x4.add
      (f32x4.mul
       (f32x4.add
        (f32x4.mul
         (f32x4.add
          (f32x4.mul
           (v128.const i32x4 0xb77460cd 0xb77460cd 0xb77460cd 0xb77460cd)
           (local.get $2)
          )
          (v128.const i32x4 0xb95fbd29 0xb95fbd29 0xb95fbd29 0xb95fbd29)
         )
         (local.get $2)
        )
        (v128.const i32x4 0xbadc924e 0xbadc924e 0xbadc924e 0xbadc924e)
       )
       (local.get $2)
      )
      (v128.const i32x4 0xbbf19bf8 0xbbf19bf8 0xbbf19bf8 0xbbf19bf8)
     )
     (local.get $2)
    )
    (v128.const i32x4 0xbc69b6a7 0xbc69b6a7 0xbc69b6a7 0xbc69b6a7)
   )
  )
 )
 (func $gf_pow_f32x4 (param $0 v128) (param $1 v128) (result v128)
  (local $2 v128)
  (local $3 v128)
  (local $4 v128)
  (local.set $2
   (call $gf_exp_f32x4
    (f32x4.mul
     (local.get $1)
     (call $gf_log_f32x4
      (f32x4.abs
       (local.get $0)
      )
     )
    )
   )
  )
  (local.set $3
   (f32x4.eq
    (f32x4.trunc
     (local.get $1)
    )
    (local.get $1)
   )
  )
  (local.set $4
   (v128.and
    (v128.and
     (local.get $3)
     (f32x4.lt
      (f32x4.abs
       (local.get $1)
      )
      (v128.const i32x4 0x4b800000 0x4b800000 0x4b800000 0x4b800000)
     )
    )
    (i32x4.ne
     (v128.and
      (i32x4.trunc_sat_f32x4_s
       (local.get $1)
      )
      (v128.const i32x4 0x00000001 0x00000001 0x00000001 0x00000001)
     )
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
  )
  (local.set $2
   (v128.or
    (local.get $2)
    (v128.and
     (v128.and
      (local.get $0)
      (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000)
     )
     (local.get $4)
    )
   )
  )
  (local.set $2
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (local.get $2)
    (v128.andnot
     (v128.and
      (f32x4.lt
       (local.get $0)
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (f32x4.ne
       (local.get $0)
       (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      )
     )
     (local.get $3)
    )
   )
  )
  (v128.bitselect
   (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
   (local.get $2)
   (f32x4.eq
    (local.get $1)
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
  )
 )
 (func $gf_mix32 (param $0 i32) (result i32)
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.set $0
   (i32.mul
    (local.get $0)
    (i32.const 2146121005)
   )
  )
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 15)
    )
   )
  )
  (local.set $0
   (i32.mul
    (local.get $0)
    (i32.const -2073254261)
   )
  )
  (local.set $0
   (i32.xor
    (local.get $0)
    (i32.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.get $0)
 )
 (func $gf_mix32_i32x4 (param $0 v128) (result v128)
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.set $0
   (i32x4.mul
    (local.get $0)
    (v128.const i32x4 0x7feb352d 0x7feb352d 0x7feb352d 0x7feb352d)
   )
  )
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 15)
    )
   )
  )
  (local.set $0
   (i32x4.mul
    (local.get $0)
    (v128.const i32x4 0x846ca68b 0x846ca68b 0x846ca68b 0x846ca68b)
   )
  )
  (local.set $0
   (v128.xor
    (local.get $0)
    (i32x4.shr_u
     (local.get $0)
     (i32.const 16)
    )
   )
  )
  (local.get $0)
 )
 (func $first_non_finite (param $0 i32) (param $1 i32) (result i32)
  (local $2 i32)
  (local.set $2
   (i32.const 0)
  )
  (block $blocks
   (loop $block
    (br_if $blocks
     (i32.ge_u
      (local.get $2)
      (i32.and
       (local.get $1)
       (i32.const -16)
      )
     )
    )
    (br_if $blocks
     (v128.any_true
      (v128.or
       (v128.or
        (v128.or
         (i32x4.eq
          (v128.and
           (v128.load align=4
            (i32.add
             (local.get $0)
             (i32.shl
              (local.get $2)
              (i32.const 2)
             )
            )
           )
           (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
         (i32x4.eq
          (v128.and
           (v128.load offset=16 align=4
            (i32.add
             (local.get $0)
             (i32.shl
              (local.get $2)
              (i32.const 2)
             )
            )
           )
           (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
        )
        (i32x4.eq
         (v128.and
          (v128.load offset=32 align=4
           (i32.add
            (local.get $0)
            (i32.shl
             (local.get $2)
             (i32.const 2)
            )
           )
          )
          (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
         )
         (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
        )
       )
       (i32x4.eq
        (v128.and
         (v128.load offset=48 align=4
          (i32.add
           (local.get $0)
           (i32.shl
            (local.get $2)
            (i32.const 2)
           )
          )
         )
         (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
        )
        (v128.const i32x4 0x7f800000 0x7f800000 0x7f800000 0x7f800000)
       )
      )
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 16)
     )
    )
    (br $block)
   )
  )
  (block $scalars
   (loop $scalar
    (br_if $scalars
     (i32.ge_u
      (local.get $2)
      (local.get $1)
     )
    )
    (if
     (i32.eq
      (i32.and
       (i32.load
        (i32.add
         (local.get $0)
         (i32.shl
          (local.get $2)
          (i32.const 2)
         )
        )
       )
       (i32.const 2139095040)
      )
      (i32.const 2139095040)
     )
     (then
      (return
       (local.get $2)
      )
     )
    )
    (local.set $2
     (i32.add
      (local.get $2)
      (i32.const 1)
     )
    )
    (br $scalar)
   )
  )
  (i32.const -1)
 )
 (func $k0_conv1_conv2d_add_compare_where_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 i32)
  (local $77 i32)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 v128)
  (local $82 v128)
  (local $83 i32)
  (local $84 i32)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 i32)
  (local $90 v128)
  (local $91 v128)
  (local $92 v128)
  (local $93 v128)
  (local $94 v128)
  (local $95 i32)
  (local $96 i32)
  (local $97 i32)
  (local $98 i32)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 v128)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 i32)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
  (local $111 i32)
  (local $112 i32)
  (local $113 i32)
  (local $114 v128)
  (local $115 v128)
  (local $116 v128)
  (local $117 v128)
  (local $118 i32)
  (local $119 v128)
  (local $120 i32)
  (local $121 i32)
  (local $122 i32)
  (local $123 i32)
  (local $124 i32)
  (local $125 i32)
  (local $126 i32)
  (local $127 v128)
  (local $128 v128)
  (local $129 v128)
  (local $130 v128)
  (local $131 v128)
  (local $132 i32)
  (local $133 i32)
  (local $134 i32)
  (local $135 i32)
  (local $136 i32)
  (local $137 i32)
  (local $138 i32)
  (local $139 v128)
  (local $140 v128)
  (local $141 v128)
  (local $142 v128)
  (local $143 v128)
  (local $144 i32)
  (local $145 i32)
  (local $146 i32)
  (local $147 i32)
  (local $148 i32)
  (local $149 i32)
  (local $150 i32)
  (local $151 v128)
  (local $152 v128)
  (local $153 v128)
  (local $154 v128)
  (local $155 v128)
  (local $156 i32)
  (local $157 i32)
  (local $158 i32)
  (local $159 i32)
  (local $160 i32)
  (local $161 i32)
  (local $162 i32)
  (local $163 v128)
  (local $164 v128)
  (local $165 v128)
  (local $166 v128)
  (local $167 i32)
  (local $168 v128)
  (local $169 i32)
  (local $170 i32)
  (local $171 i32)
  (local $172 i32)
  (local $173 i32)
  (local $174 i32)
  (local $175 i32)
  (local $176 v128)
  (local $177 v128)
  (local $178 v128)
  (local $179 v128)
  (local $180 v128)
  (local $181 i32)
  (local $182 i32)
  (local $183 i32)
  (local $184 i32)
  (local $185 i32)
  (local $186 i32)
  (local $187 i32)
  (local $188 v128)
  (local $189 v128)
  (local $190 v128)
  (local $191 v128)
  (local $192 v128)
  (local $193 i32)
  (local $194 i32)
  (local $195 i32)
  (local $196 i32)
  (local $197 i32)
  (local $198 i32)
  (local $199 i32)
  (local $200 v128)
  (local $201 v128)
  (local $202 v128)
  (local $203 v128)
  (local $204 v128)
  (local $205 i32)
  (local $206 i32)
  (local $207 i32)
  (local $208 i32)
  (local $209 i32)
  (local $210 i32)
  (local $211 i32)
  (local $212 v128)
  (local $213 v128)
  (local $214 v128)
  (local $215 v128)
  (local $216 v128)
  (local $217 i32)
  (local $218 i32)
  (local $219 i32)
  (local $220 i32)
  (local $221 i32)
  (local $222 i32)
  (local $223 i32)
  (local $224 v128)
  (local $225 v128)
  (local $226 v128)
  (local $227 v128)
  (local $228 v128)
  (local $229 i32)
  (local $230 i32)
  (local $231 i32)
  (local $232 i32)
  (local $233 i32)
  (local $234 i32)
  (local $235 i32)
  (local $236 v128)
  (local $237 v128)
  (local $238 v128)
  (local $239 v128)
  (local $240 v128)
  (local $241 i32)
  (local $242 i32)
  (local $243 i32)
  (local $244 i32)
  (local $245 i32)
  (local $246 i32)
  (local $247 i32)
  (local $248 v128)
  (local $249 v128)
  (local $250 v128)
  (local $251 v128)
  (local $252 v128)
  (local $253 i32)
  (local $254 i32)
  (local $255 i32)
  (local $256 i32)
  (local $257 i32)
  (local $258 i32)
  (local $259 i32)
  (local $260 v128)
  (local $261 v128)
  (local $262 v128)
  (local $263 v128)
  (local $264 i32)
  (local $265 v128)
  (local $266 i32)
  (local $267 i32)
  (local $268 i32)
  (local $269 i32)
  (local $270 i32)
  (local $271 i32)
  (local $272 i32)
  (local $273 v128)
  (local $274 v128)
  (local $275 v128)
  (local $276 v128)
  (local $277 v128)
  (local $278 i32)
  (local $279 i32)
  (local $280 i32)
  (local $281 i32)
  (local $282 i32)
  (local $283 i32)
  (local $284 i32)
  (local $285 v128)
  (local $286 v128)
  (local $287 v128)
  (local $288 v128)
  (local $289 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 37)
      (i32.lt_s
       (local.get $1)
       (i32.const 37)
      )
     )
    )
    (then
     (loop $block8
      (local.set $21
       (i32.mul
        (local.get $2)
        (i32.const 165)
       )
      )
      (if
       (i32.eq
        (local.get $2)
        (i32.const 36)
       )
       (then
        (local.set $4
         (i32.const 0)
        )
        (local.set $5
         (i32.const 0)
        )
        (block
         (local.set $167
          (i32.const 12)
         )
         (loop $panel0
          (local.set $3
           (local.get $21)
          )
          (block
           (local.set $118
            (i32.const 27)
           )
           (loop $rows1
            (local.set $6
             (i32.mul
              (local.get $3)
              (i32.const 1452)
             )
            )
            (local.set $7
             (local.get $5)
            )
            (local.set $10
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $11
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $12
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $13
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $14
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $15
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $16
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $17
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $8
             (i32.add
              (local.get $7)
              (i32.const 11616)
             )
            )
            (loop $k2
             (local.set $18
              (v128.load offset=261861984 align=4
               (local.get $7)
              )
             )
             (local.set $19
              (v128.load offset=261862000 align=4
               (local.get $7)
              )
             )
             (local.set $20
              (v128.load32_splat offset=253077376
               (local.get $6)
              )
             )
             (local.set $10
              (f32x4.add
               (local.get $10)
               (f32x4.mul
                (local.get $20)
                (local.get $18)
               )
              )
             )
             (local.set $11
              (f32x4.add
               (local.get $11)
               (f32x4.mul
                (local.get $20)
                (local.get $19)
               )
              )
             )
             (local.set $20
              (v128.load32_splat offset=253078828
               (local.get $6)
              )
             )
             (local.set $12
              (f32x4.add
               (local.get $12)
               (f32x4.mul
                (local.get $20)
                (local.get $18)
               )
              )
             )
             (local.set $13
              (f32x4.add
               (local.get $13)
               (f32x4.mul
                (local.get $20)
                (local.get $19)
               )
              )
             )
             (local.set $20
              (v128.load32_splat offset=253080280
               (local.get $6)
              )
             )
             (local.set $14
              (f32x4.add
               (local.get $14)
               (f32x4.mul
                (local.get $20)
                (local.get $18)
               )
              )
             )
             (local.set $15
              (f32x4.add
               (local.get $15)
               (f32x4.mul
                (local.get $20)
                (local.get $19)
               )
              )
             )
             (local.set $20
              (v128.load32_splat offset=253081732
               (local.get $6)
              )
             )
             (local.set $16
              (f32x4.add
               (local.get $16)
               (f32x4.mul
                (local.get $20)
                (local.get $18)
               )
              )
             )
             (local.set $17
              (f32x4.add
               (local.get $17)
               (f32x4.mul
                (local.get $20)
                (local.get $19)
               )
              )
             )
             (local.set $6
              (i32.add
               (local.get $6)
               (i32.const 4)
              )
             )
             (local.set $7
              (i32.add
               (local.get $7)
               (i32.const 32)
              )
             )
             (br_if $k2
              (i32.ne
               (local.get $7)
               (local.get $8)
              )
             )
            )
            (local.set $9
             (i32.add
              (i32.mul
               (local.get $3)
               (i32.const 384)
              )
              (i32.shl
               (local.get $4)
               (i32.const 2)
              )
             )
            )
            (v128.store offset=250754128 align=4
             (local.get $9)
             (block (result v128)
              (local.set $22
               (local.get $10)
              )
              (local.set $23
               (local.get $3)
              )
              (local.set $24
               (local.get $4)
              )
              (local.set $25
               (i32.div_u
                (local.get $23)
                (i32.const 3025)
               )
              )
              (local.set $26
               (i32.rem_u
                (i32.div_u
                 (local.get $23)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $27
               (i32.rem_u
                (local.get $23)
                (i32.const 55)
               )
              )
              (local.set $28
               (i32.add
                (i32.mul
                 (local.get $23)
                 (i32.const 96)
                )
                (local.get $24)
               )
              )
              (local.set $29
               (local.get $24)
              )
              (local.set $30
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $29)
                 (i32.const 2)
                )
               )
              )
              (local.set $31
               (f32x4.add
                (local.get $22)
                (local.get $30)
               )
              )
              (local.set $32
               (v128.and
                (f32x4.gt
                 (local.get $31)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $33
               (v128.bitselect
                (local.get $31)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $32)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $33)
             )
            )
            (v128.store offset=250754144 align=4
             (local.get $9)
             (block (result v128)
              (local.set $34
               (local.get $11)
              )
              (local.set $35
               (local.get $3)
              )
              (local.set $36
               (i32.add
                (local.get $4)
                (i32.const 4)
               )
              )
              (local.set $37
               (i32.div_u
                (local.get $35)
                (i32.const 3025)
               )
              )
              (local.set $38
               (i32.rem_u
                (i32.div_u
                 (local.get $35)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $39
               (i32.rem_u
                (local.get $35)
                (i32.const 55)
               )
              )
              (local.set $40
               (i32.add
                (i32.mul
                 (local.get $35)
                 (i32.const 96)
                )
                (local.get $36)
               )
              )
              (local.set $41
               (local.get $36)
              )
              (local.set $42
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $41)
                 (i32.const 2)
                )
               )
              )
              (local.set $43
               (f32x4.add
                (local.get $34)
                (local.get $42)
               )
              )
              (local.set $44
               (v128.and
                (f32x4.gt
                 (local.get $43)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $45
               (v128.bitselect
                (local.get $43)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $44)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $45)
             )
            )
            (v128.store offset=250754512 align=4
             (local.get $9)
             (block (result v128)
              (local.set $46
               (local.get $12)
              )
              (local.set $47
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $48
               (local.get $4)
              )
              (local.set $49
               (i32.div_u
                (local.get $47)
                (i32.const 3025)
               )
              )
              (local.set $50
               (i32.rem_u
                (i32.div_u
                 (local.get $47)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $51
               (i32.rem_u
                (local.get $47)
                (i32.const 55)
               )
              )
              (local.set $52
               (i32.add
                (i32.mul
                 (local.get $47)
                 (i32.const 96)
                )
                (local.get $48)
               )
              )
              (local.set $53
               (local.get $48)
              )
              (local.set $54
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $53)
                 (i32.const 2)
                )
               )
              )
              (local.set $55
               (f32x4.add
                (local.get $46)
                (local.get $54)
               )
              )
              (local.set $56
               (v128.and
                (f32x4.gt
                 (local.get $55)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $57
               (v128.bitselect
                (local.get $55)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $56)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $57)
             )
            )
            (v128.store offset=250754528 align=4
             (local.get $9)
             (block (result v128)
              (local.set $58
               (local.get $13)
              )
              (local.set $59
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $60
               (i32.add
                (local.get $4)
                (i32.const 4)
               )
              )
              (local.set $61
               (i32.div_u
                (local.get $59)
                (i32.const 3025)
               )
              )
              (local.set $62
               (i32.rem_u
                (i32.div_u
                 (local.get $59)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $63
               (i32.rem_u
                (local.get $59)
                (i32.const 55)
               )
              )
              (local.set $64
               (i32.add
                (i32.mul
                 (local.get $59)
                 (i32.const 96)
                )
                (local.get $60)
               )
              )
              (local.set $65
               (local.get $60)
              )
              (local.set $66
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $65)
                 (i32.const 2)
                )
               )
              )
              (local.set $67
               (f32x4.add
                (local.get $58)
                (local.get $66)
               )
              )
              (local.set $68
               (v128.and
                (f32x4.gt
                 (local.get $67)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $69
               (v128.bitselect
                (local.get $67)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $68)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $69)
             )
            )
            (v128.store offset=250754896 align=4
             (local.get $9)
             (block (result v128)
              (local.set $70
               (local.get $14)
              )
              (local.set $71
               (i32.add
                (local.get $3)
                (i32.const 2)
               )
              )
              (local.set $72
               (local.get $4)
              )
              (local.set $73
               (i32.div_u
                (local.get $71)
                (i32.const 3025)
               )
              )
              (local.set $74
               (i32.rem_u
                (i32.div_u
                 (local.get $71)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $75
               (i32.rem_u
                (local.get $71)
                (i32.const 55)
               )
              )
              (local.set $76
               (i32.add
                (i32.mul
                 (local.get $71)
                 (i32.const 96)
                )
                (local.get $72)
               )
              )
              (local.set $77
               (local.get $72)
              )
              (local.set $78
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $77)
                 (i32.const 2)
                )
               )
              )
              (local.set $79
               (f32x4.add
                (local.get $70)
                (local.get $78)
               )
              )
              (local.set $80
               (v128.and
                (f32x4.gt
                 (local.get $79)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $81
               (v128.bitselect
                (local.get $79)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $80)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $81)
             )
            )
            (v128.store offset=250754912 align=4
             (local.get $9)
             (block (result v128)
              (local.set $82
               (local.get $15)
              )
              (local.set $83
               (i32.add
                (local.get $3)
                (i32.const 2)
               )
              )
              (local.set $84
               (i32.add
                (local.get $4)
                (i32.const 4)
               )
              )
              (local.set $85
               (i32.div_u
                (local.get $83)
                (i32.const 3025)
               )
              )
              (local.set $86
               (i32.rem_u
                (i32.div_u
                 (local.get $83)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $87
               (i32.rem_u
                (local.get $83)
                (i32.const 55)
               )
              )
              (local.set $88
               (i32.add
                (i32.mul
                 (local.get $83)
                 (i32.const 96)
                )
                (local.get $84)
               )
              )
              (local.set $89
               (local.get $84)
              )
              (local.set $90
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $89)
                 (i32.const 2)
                )
               )
              )
              (local.set $91
               (f32x4.add
                (local.get $82)
                (local.get $90)
               )
              )
              (local.set $92
               (v128.and
                (f32x4.gt
                 (local.get $91)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $93
               (v128.bitselect
                (local.get $91)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $92)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $93)
             )
            )
            (v128.store offset=250755280 align=4
             (local.get $9)
             (block (result v128)
              (local.set $94
               (local.get $16)
              )
              (local.set $95
               (i32.add
                (local.get $3)
                (i32.const 3)
               )
              )
              (local.set $96
               (local.get $4)
              )
              (local.set $97
               (i32.div_u
                (local.get $95)
                (i32.const 3025)
               )
              )
              (local.set $98
               (i32.rem_u
                (i32.div_u
                 (local.get $95)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $99
               (i32.rem_u
                (local.get $95)
                (i32.const 55)
               )
              )
              (local.set $100
               (i32.add
                (i32.mul
                 (local.get $95)
                 (i32.const 96)
                )
                (local.get $96)
               )
              )
              (local.set $101
               (local.get $96)
              )
              (local.set $102
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $101)
                 (i32.const 2)
                )
               )
              )
              (local.set $103
               (f32x4.add
                (local.get $94)
                (local.get $102)
               )
              )
              (local.set $104
               (v128.and
                (f32x4.gt
                 (local.get $103)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $105
               (v128.bitselect
                (local.get $103)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $104)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $105)
             )
            )
            (v128.store offset=250755296 align=4
             (local.get $9)
             (block (result v128)
              (local.set $106
               (local.get $17)
              )
              (local.set $107
               (i32.add
                (local.get $3)
                (i32.const 3)
               )
              )
              (local.set $108
               (i32.add
                (local.get $4)
                (i32.const 4)
               )
              )
              (local.set $109
               (i32.div_u
                (local.get $107)
                (i32.const 3025)
               )
              )
              (local.set $110
               (i32.rem_u
                (i32.div_u
                 (local.get $107)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $111
               (i32.rem_u
                (local.get $107)
                (i32.const 55)
               )
              )
              (local.set $112
               (i32.add
                (i32.mul
                 (local.get $107)
                 (i32.const 96)
                )
                (local.get $108)
               )
              )
              (local.set $113
               (local.get $108)
              )
              (local.set $114
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $113)
                 (i32.const 2)
                )
               )
              )
              (local.set $115
               (f32x4.add
                (local.get $106)
                (local.get $114)
               )
              )
              (local.set $116
               (v128.and
                (f32x4.gt
                 (local.get $115)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $117
               (v128.bitselect
                (local.get $115)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $116)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $117)
             )
            )
            (local.set $3
             (i32.add
              (local.get $3)
              (i32.const 4)
             )
            )
            (br_if $rows1
             (i32.ne
              (local.tee $118
               (i32.sub
                (local.get $118)
                (i32.const 1)
               )
              )
              (i32.const 0)
             )
            )
           )
          )
          (local.set $6
           (i32.mul
            (local.get $3)
            (i32.const 1452)
           )
          )
          (local.set $7
           (local.get $5)
          )
          (local.set $10
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $11
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $12
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $13
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $8
           (i32.add
            (local.get $7)
            (i32.const 11616)
           )
          )
          (loop $k3
           (local.set $18
            (v128.load offset=261861984 align=4
             (local.get $7)
            )
           )
           (local.set $19
            (v128.load offset=261862000 align=4
             (local.get $7)
            )
           )
           (local.set $20
            (v128.load32_splat offset=253077376
             (local.get $6)
            )
           )
           (local.set $10
            (f32x4.add
             (local.get $10)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $11
            (f32x4.add
             (local.get $11)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=253078828
             (local.get $6)
            )
           )
           (local.set $12
            (f32x4.add
             (local.get $12)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $13
            (f32x4.add
             (local.get $13)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $6
            (i32.add
             (local.get $6)
             (i32.const 4)
            )
           )
           (local.set $7
            (i32.add
             (local.get $7)
             (i32.const 32)
            )
           )
           (br_if $k3
            (i32.ne
             (local.get $7)
             (local.get $8)
            )
           )
          )
          (local.set $9
           (i32.add
            (i32.mul
             (local.get $3)
             (i32.const 384)
            )
            (i32.shl
             (local.get $4)
             (i32.const 2)
            )
           )
          )
          (v128.store offset=250754128 align=4
           (local.get $9)
           (block (result v128)
            (local.set $119
             (local.get $10)
            )
            (local.set $120
             (local.get $3)
            )
            (local.set $121
             (local.get $4)
            )
            (local.set $122
             (i32.div_u
              (local.get $120)
              (i32.const 3025)
             )
            )
            (local.set $123
             (i32.rem_u
              (i32.div_u
               (local.get $120)
               (i32.const 55)
              )
              (i32.const 55)
             )
            )
            (local.set $124
             (i32.rem_u
              (local.get $120)
              (i32.const 55)
             )
            )
            (local.set $125
             (i32.add
              (i32.mul
               (local.get $120)
               (i32.const 96)
              )
              (local.get $121)
             )
            )
            (local.set $126
             (local.get $121)
            )
            (local.set $127
             (v128.load offset=139392 align=4
              (i32.shl
               (local.get $126)
               (i32.const 2)
              )
             )
            )
            (local.set $128
             (f32x4.add
              (local.get $119)
              (local.get $127)
             )
            )
            (local.set $129
             (v128.and
              (f32x4.gt
               (local.get $128)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $130
             (v128.bitselect
              (local.get $128)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $129)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $130)
           )
          )
          (v128.store offset=250754144 align=4
           (local.get $9)
           (block (result v128)
            (local.set $131
             (local.get $11)
            )
            (local.set $132
             (local.get $3)
            )
            (local.set $133
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $134
             (i32.div_u
              (local.get $132)
              (i32.const 3025)
             )
            )
            (local.set $135
             (i32.rem_u
              (i32.div_u
               (local.get $132)
               (i32.const 55)
              )
              (i32.const 55)
             )
            )
            (local.set $136
             (i32.rem_u
              (local.get $132)
              (i32.const 55)
             )
            )
            (local.set $137
             (i32.add
              (i32.mul
               (local.get $132)
               (i32.const 96)
              )
              (local.get $133)
             )
            )
            (local.set $138
             (local.get $133)
            )
            (local.set $139
             (v128.load offset=139392 align=4
              (i32.shl
               (local.get $138)
               (i32.const 2)
              )
             )
            )
            (local.set $140
             (f32x4.add
              (local.get $131)
              (local.get $139)
             )
            )
            (local.set $141
             (v128.and
              (f32x4.gt
               (local.get $140)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $142
             (v128.bitselect
              (local.get $140)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $141)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $142)
           )
          )
          (v128.store offset=250754512 align=4
           (local.get $9)
           (block (result v128)
            (local.set $143
             (local.get $12)
            )
            (local.set $144
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $145
             (local.get $4)
            )
            (local.set $146
             (i32.div_u
              (local.get $144)
              (i32.const 3025)
             )
            )
            (local.set $147
             (i32.rem_u
              (i32.div_u
               (local.get $144)
               (i32.const 55)
              )
              (i32.const 55)
             )
            )
            (local.set $148
             (i32.rem_u
              (local.get $144)
              (i32.const 55)
             )
            )
            (local.set $149
             (i32.add
              (i32.mul
               (local.get $144)
               (i32.const 96)
              )
              (local.get $145)
             )
            )
            (local.set $150
             (local.get $145)
            )
            (local.set $151
             (v128.load offset=139392 align=4
              (i32.shl
               (local.get $150)
               (i32.const 2)
              )
             )
            )
            (local.set $152
             (f32x4.add
              (local.get $143)
              (local.get $151)
             )
            )
            (local.set $153
             (v128.and
              (f32x4.gt
               (local.get $152)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $154
             (v128.bitselect
              (local.get $152)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $153)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $154)
           )
          )
          (v128.store offset=250754528 align=4
           (local.get $9)
           (block (result v128)
            (local.set $155
             (local.get $13)
            )
            (local.set $156
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $157
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $158
             (i32.div_u
              (local.get $156)
              (i32.const 3025)
             )
            )
            (local.set $159
             (i32.rem_u
              (i32.div_u
               (local.get $156)
               (i32.const 55)
              )
              (i32.const 55)
             )
            )
            (local.set $160
             (i32.rem_u
              (local.get $156)
              (i32.const 55)
             )
            )
            (local.set $161
             (i32.add
              (i32.mul
               (local.get $156)
               (i32.const 96)
              )
              (local.get $157)
             )
            )
            (local.set $162
             (local.get $157)
            )
            (local.set $163
             (v128.load offset=139392 align=4
              (i32.shl
               (local.get $162)
               (i32.const 2)
              )
             )
            )
            (local.set $164
             (f32x4.add
              (local.get $155)
              (local.get $163)
             )
            )
            (local.set $165
             (v128.and
              (f32x4.gt
               (local.get $164)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $166
             (v128.bitselect
              (local.get $164)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $165)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $166)
           )
          )
          (local.set $4
           (i32.add
            (local.get $4)
            (i32.const 8)
           )
          )
          (local.set $5
           (i32.add
            (local.get $5)
            (i32.const 11616)
           )
          )
          (br_if $panel0
           (i32.ne
            (local.tee $167
             (i32.sub
              (local.get $167)
              (i32.const 1)
             )
            )
            (i32.const 0)
           )
          )
         )
        )
       )
       (else
        (local.set $4
         (i32.const 0)
        )
        (local.set $5
         (i32.const 0)
        )
        (block
         (local.set $289
          (i32.const 12)
         )
         (loop $panel4
          (local.set $3
           (local.get $21)
          )
          (block
           (local.set $264
            (i32.const 41)
           )
           (loop $rows5
            (local.set $6
             (i32.mul
              (local.get $3)
              (i32.const 1452)
             )
            )
            (local.set $7
             (local.get $5)
            )
            (local.set $10
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $11
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $12
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $13
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $14
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $15
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $16
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $17
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (local.set $8
             (i32.add
              (local.get $7)
              (i32.const 11616)
             )
            )
            (loop $k6
             (local.set $18
              (v128.load offset=261861984 align=4
               (local.get $7)
              )
             )
             (local.set $19
              (v128.load offset=261862000 align=4
               (local.get $7)
              )
             )
             (local.set $20
              (v128.load32_splat offset=253077376
               (local.get $6)
              )
             )
             (local.set $10
              (f32x4.add
               (local.get $10)
               (f32x4.mul
                (local.get $20)
                (local.get $18)
               )
              )
             )
             (local.set $11
              (f32x4.add
               (local.get $11)
               (f32x4.mul
                (local.get $20)
                (local.get $19)
               )
              )
             )
             (local.set $20
              (v128.load32_splat offset=253078828
               (local.get $6)
              )
             )
             (local.set $12
              (f32x4.add
               (local.get $12)
               (f32x4.mul
                (local.get $20)
                (local.get $18)
               )
              )
             )
             (local.set $13
              (f32x4.add
               (local.get $13)
               (f32x4.mul
                (local.get $20)
                (local.get $19)
               )
              )
             )
             (local.set $20
              (v128.load32_splat offset=253080280
               (local.get $6)
              )
             )
             (local.set $14
              (f32x4.add
               (local.get $14)
               (f32x4.mul
                (local.get $20)
                (local.get $18)
               )
              )
             )
             (local.set $15
              (f32x4.add
               (local.get $15)
               (f32x4.mul
                (local.get $20)
                (local.get $19)
               )
              )
             )
             (local.set $20
              (v128.load32_splat offset=253081732
               (local.get $6)
              )
             )
             (local.set $16
              (f32x4.add
               (local.get $16)
               (f32x4.mul
                (local.get $20)
                (local.get $18)
               )
              )
             )
             (local.set $17
              (f32x4.add
               (local.get $17)
               (f32x4.mul
                (local.get $20)
                (local.get $19)
               )
              )
             )
             (local.set $6
              (i32.add
               (local.get $6)
               (i32.const 4)
              )
             )
             (local.set $7
              (i32.add
               (local.get $7)
               (i32.const 32)
              )
             )
             (br_if $k6
              (i32.ne
               (local.get $7)
               (local.get $8)
              )
             )
            )
            (local.set $9
             (i32.add
              (i32.mul
               (local.get $3)
               (i32.const 384)
              )
              (i32.shl
               (local.get $4)
               (i32.const 2)
              )
             )
            )
            (v128.store offset=250754128 align=4
             (local.get $9)
             (block (result v128)
              (local.set $168
               (local.get $10)
              )
              (local.set $169
               (local.get $3)
              )
              (local.set $170
               (local.get $4)
              )
              (local.set $171
               (i32.div_u
                (local.get $169)
                (i32.const 3025)
               )
              )
              (local.set $172
               (i32.rem_u
                (i32.div_u
                 (local.get $169)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $173
               (i32.rem_u
                (local.get $169)
                (i32.const 55)
               )
              )
              (local.set $174
               (i32.add
                (i32.mul
                 (local.get $169)
                 (i32.const 96)
                )
                (local.get $170)
               )
              )
              (local.set $175
               (local.get $170)
              )
              (local.set $176
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $175)
                 (i32.const 2)
                )
               )
              )
              (local.set $177
               (f32x4.add
                (local.get $168)
                (local.get $176)
               )
              )
              (local.set $178
               (v128.and
                (f32x4.gt
                 (local.get $177)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $179
               (v128.bitselect
                (local.get $177)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $178)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $179)
             )
            )
            (v128.store offset=250754144 align=4
             (local.get $9)
             (block (result v128)
              (local.set $180
               (local.get $11)
              )
              (local.set $181
               (local.get $3)
              )
              (local.set $182
               (i32.add
                (local.get $4)
                (i32.const 4)
               )
              )
              (local.set $183
               (i32.div_u
                (local.get $181)
                (i32.const 3025)
               )
              )
              (local.set $184
               (i32.rem_u
                (i32.div_u
                 (local.get $181)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $185
               (i32.rem_u
                (local.get $181)
                (i32.const 55)
               )
              )
              (local.set $186
               (i32.add
                (i32.mul
                 (local.get $181)
                 (i32.const 96)
                )
                (local.get $182)
               )
              )
              (local.set $187
               (local.get $182)
              )
              (local.set $188
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $187)
                 (i32.const 2)
                )
               )
              )
              (local.set $189
               (f32x4.add
                (local.get $180)
                (local.get $188)
               )
              )
              (local.set $190
               (v128.and
                (f32x4.gt
                 (local.get $189)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $191
               (v128.bitselect
                (local.get $189)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $190)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $191)
             )
            )
            (v128.store offset=250754512 align=4
             (local.get $9)
             (block (result v128)
              (local.set $192
               (local.get $12)
              )
              (local.set $193
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $194
               (local.get $4)
              )
              (local.set $195
               (i32.div_u
                (local.get $193)
                (i32.const 3025)
               )
              )
              (local.set $196
               (i32.rem_u
                (i32.div_u
                 (local.get $193)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $197
               (i32.rem_u
                (local.get $193)
                (i32.const 55)
               )
              )
              (local.set $198
               (i32.add
                (i32.mul
                 (local.get $193)
                 (i32.const 96)
                )
                (local.get $194)
               )
              )
              (local.set $199
               (local.get $194)
              )
              (local.set $200
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $199)
                 (i32.const 2)
                )
               )
              )
              (local.set $201
               (f32x4.add
                (local.get $192)
                (local.get $200)
               )
              )
              (local.set $202
               (v128.and
                (f32x4.gt
                 (local.get $201)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $203
               (v128.bitselect
                (local.get $201)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $202)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $203)
             )
            )
            (v128.store offset=250754528 align=4
             (local.get $9)
             (block (result v128)
              (local.set $204
               (local.get $13)
              )
              (local.set $205
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $206
               (i32.add
                (local.get $4)
                (i32.const 4)
               )
              )
              (local.set $207
               (i32.div_u
                (local.get $205)
                (i32.const 3025)
               )
              )
              (local.set $208
               (i32.rem_u
                (i32.div_u
                 (local.get $205)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $209
               (i32.rem_u
                (local.get $205)
                (i32.const 55)
               )
              )
              (local.set $210
               (i32.add
                (i32.mul
                 (local.get $205)
                 (i32.const 96)
                )
                (local.get $206)
               )
              )
              (local.set $211
               (local.get $206)
              )
              (local.set $212
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $211)
                 (i32.const 2)
                )
               )
              )
              (local.set $213
               (f32x4.add
                (local.get $204)
                (local.get $212)
               )
              )
              (local.set $214
               (v128.and
                (f32x4.gt
                 (local.get $213)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $215
               (v128.bitselect
                (local.get $213)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $214)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $215)
             )
            )
            (v128.store offset=250754896 align=4
             (local.get $9)
             (block (result v128)
              (local.set $216
               (local.get $14)
              )
              (local.set $217
               (i32.add
                (local.get $3)
                (i32.const 2)
               )
              )
              (local.set $218
               (local.get $4)
              )
              (local.set $219
               (i32.div_u
                (local.get $217)
                (i32.const 3025)
               )
              )
              (local.set $220
               (i32.rem_u
                (i32.div_u
                 (local.get $217)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $221
               (i32.rem_u
                (local.get $217)
                (i32.const 55)
               )
              )
              (local.set $222
               (i32.add
                (i32.mul
                 (local.get $217)
                 (i32.const 96)
                )
                (local.get $218)
               )
              )
              (local.set $223
               (local.get $218)
              )
              (local.set $224
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $223)
                 (i32.const 2)
                )
               )
              )
              (local.set $225
               (f32x4.add
                (local.get $216)
                (local.get $224)
               )
              )
              (local.set $226
               (v128.and
                (f32x4.gt
                 (local.get $225)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $227
               (v128.bitselect
                (local.get $225)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $226)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $227)
             )
            )
            (v128.store offset=250754912 align=4
             (local.get $9)
             (block (result v128)
              (local.set $228
               (local.get $15)
              )
              (local.set $229
               (i32.add
                (local.get $3)
                (i32.const 2)
               )
              )
              (local.set $230
               (i32.add
                (local.get $4)
                (i32.const 4)
               )
              )
              (local.set $231
               (i32.div_u
                (local.get $229)
                (i32.const 3025)
               )
              )
              (local.set $232
               (i32.rem_u
                (i32.div_u
                 (local.get $229)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $233
               (i32.rem_u
                (local.get $229)
                (i32.const 55)
               )
              )
              (local.set $234
               (i32.add
                (i32.mul
                 (local.get $229)
                 (i32.const 96)
                )
                (local.get $230)
               )
              )
              (local.set $235
               (local.get $230)
              )
              (local.set $236
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $235)
                 (i32.const 2)
                )
               )
              )
              (local.set $237
               (f32x4.add
                (local.get $228)
                (local.get $236)
               )
              )
              (local.set $238
               (v128.and
                (f32x4.gt
                 (local.get $237)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $239
               (v128.bitselect
                (local.get $237)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $238)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $239)
             )
            )
            (v128.store offset=250755280 align=4
             (local.get $9)
             (block (result v128)
              (local.set $240
               (local.get $16)
              )
              (local.set $241
               (i32.add
                (local.get $3)
                (i32.const 3)
               )
              )
              (local.set $242
               (local.get $4)
              )
              (local.set $243
               (i32.div_u
                (local.get $241)
                (i32.const 3025)
               )
              )
              (local.set $244
               (i32.rem_u
                (i32.div_u
                 (local.get $241)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $245
               (i32.rem_u
                (local.get $241)
                (i32.const 55)
               )
              )
              (local.set $246
               (i32.add
                (i32.mul
                 (local.get $241)
                 (i32.const 96)
                )
                (local.get $242)
               )
              )
              (local.set $247
               (local.get $242)
              )
              (local.set $248
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $247)
                 (i32.const 2)
                )
               )
              )
              (local.set $249
               (f32x4.add
                (local.get $240)
                (local.get $248)
               )
              )
              (local.set $250
               (v128.and
                (f32x4.gt
                 (local.get $249)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $251
               (v128.bitselect
                (local.get $249)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $250)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $251)
             )
            )
            (v128.store offset=250755296 align=4
             (local.get $9)
             (block (result v128)
              (local.set $252
               (local.get $17)
              )
              (local.set $253
               (i32.add
                (local.get $3)
                (i32.const 3)
               )
              )
              (local.set $254
               (i32.add
                (local.get $4)
                (i32.const 4)
               )
              )
              (local.set $255
               (i32.div_u
                (local.get $253)
                (i32.const 3025)
               )
              )
              (local.set $256
               (i32.rem_u
                (i32.div_u
                 (local.get $253)
                 (i32.const 55)
                )
                (i32.const 55)
               )
              )
              (local.set $257
               (i32.rem_u
                (local.get $253)
                (i32.const 55)
               )
              )
              (local.set $258
               (i32.add
                (i32.mul
                 (local.get $253)
                 (i32.const 96)
                )
                (local.get $254)
               )
              )
              (local.set $259
               (local.get $254)
              )
              (local.set $260
               (v128.load offset=139392 align=4
                (i32.shl
                 (local.get $259)
                 (i32.const 2)
                )
               )
              )
              (local.set $261
               (f32x4.add
                (local.get $252)
                (local.get $260)
               )
              )
              (local.set $262
               (v128.and
                (f32x4.gt
                 (local.get $261)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
                (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
               )
              )
              (local.set $263
               (v128.bitselect
                (local.get $261)
                (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                (f32x4.ne
                 (local.get $262)
                 (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                )
               )
              )
              (local.get $263)
             )
            )
            (local.set $3
             (i32.add
              (local.get $3)
              (i32.const 4)
             )
            )
            (br_if $rows5
             (i32.ne
              (local.tee $264
               (i32.sub
                (local.get $264)
                (i32.const 1)
               )
              )
              (i32.const 0)
             )
            )
           )
          )
          (local.set $6
           (i32.mul
            (local.get $3)
            (i32.const 1452)
           )
          )
          (local.set $7
           (local.get $5)
          )
          (local.set $10
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $11
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $8
           (i32.add
            (local.get $7)
            (i32.const 11616)
           )
          )
          (loop $k7
           (local.set $18
            (v128.load offset=261861984 align=4
             (local.get $7)
            )
           )
           (local.set $19
            (v128.load offset=261862000 align=4
             (local.get $7)
            )
           )
           (local.set $20
            (v128.load32_splat offset=253077376
             (local.get $6)
            )
           )
           (local.set $10
            (f32x4.add
             (local.get $10)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $11
            (f32x4.add
             (local.get $11)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $6
            (i32.add
             (local.get $6)
             (i32.const 4)
            )
           )
           (local.set $7
            (i32.add
             (local.get $7)
             (i32.const 32)
            )
           )
           (br_if $k7
            (i32.ne
             (local.get $7)
             (local.get $8)
            )
           )
          )
          (local.set $9
           (i32.add
            (i32.mul
             (local.get $3)
             (i32.const 384)
            )
            (i32.shl
             (local.get $4)
             (i32.const 2)
            )
           )
          )
          (v128.store offset=250754128 align=4
           (local.get $9)
           (block (result v128)
            (local.set $265
             (local.get $10)
            )
            (local.set $266
             (local.get $3)
            )
            (local.set $267
             (local.get $4)
            )
            (local.set $268
             (i32.div_u
              (local.get $266)
              (i32.const 3025)
             )
            )
            (local.set $269
             (i32.rem_u
              (i32.div_u
               (local.get $266)
               (i32.const 55)
              )
              (i32.const 55)
             )
            )
            (local.set $270
             (i32.rem_u
              (local.get $266)
              (i32.const 55)
             )
            )
            (local.set $271
             (i32.add
              (i32.mul
               (local.get $266)
               (i32.const 96)
              )
              (local.get $267)
             )
            )
            (local.set $272
             (local.get $267)
            )
            (local.set $273
             (v128.load offset=139392 align=4
              (i32.shl
               (local.get $272)
               (i32.const 2)
              )
             )
            )
            (local.set $274
             (f32x4.add
              (local.get $265)
              (local.get $273)
             )
            )
            (local.set $275
             (v128.and
              (f32x4.gt
               (local.get $274)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $276
             (v128.bitselect
              (local.get $274)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $275)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $276)
           )
          )
          (v128.store offset=250754144 align=4
           (local.get $9)
           (block (result v128)
            (local.set $277
             (local.get $11)
            )
            (local.set $278
             (local.get $3)
            )
            (local.set $279
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $280
             (i32.div_u
              (local.get $278)
              (i32.const 3025)
             )
            )
            (local.set $281
             (i32.rem_u
              (i32.div_u
               (local.get $278)
               (i32.const 55)
              )
              (i32.const 55)
             )
            )
            (local.set $282
             (i32.rem_u
              (local.get $278)
              (i32.const 55)
             )
            )
            (local.set $283
             (i32.add
              (i32.mul
               (local.get $278)
               (i32.const 96)
              )
              (local.get $279)
             )
            )
            (local.set $284
             (local.get $279)
            )
            (local.set $285
             (v128.load offset=139392 align=4
              (i32.shl
               (local.get $284)
               (i32.const 2)
              )
             )
            )
            (local.set $286
             (f32x4.add
              (local.get $277)
              (local.get $285)
             )
            )
            (local.set $287
             (v128.and
              (f32x4.gt
               (local.get $286)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $288
             (v128.bitselect
              (local.get $286)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $287)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $288)
           )
          )
          (local.set $4
           (i32.add
            (local.get $4)
            (i32.const 8)
           )
          )
          (local.set $5
           (i32.add
            (local.get $5)
            (i32.const 11616)
           )
          )
          (br_if $panel4
           (i32.ne
            (local.tee $289
             (i32.sub
              (local.get $289)
              (i32.const 1)
             )
            )
            (i32.const 0)
           )
          )
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $block8
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 37)
         (i32.lt_s
          (local.get $1)
          (i32.const 37)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k0_conv1_conv2d_add_compare_where_gemm_pack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local.set $21
   (i32.const 0)
  )
  (local.set $22
   (i32.const 0)
  )
  (block
   (local.set $25
    (i32.const 363)
   )
   (loop $packk0
    (block
     (local.set $2
      (local.get $0)
     )
     (if
      (i32.lt_s
       (local.get $2)
       (select
        (local.get $1)
        (i32.const 12)
        (i32.lt_s
         (local.get $1)
         (i32.const 12)
        )
       )
      )
      (then
       (loop $packp1
        (local.set $23
         (i32.add
          (local.get $21)
          (i32.mul
           (local.get $2)
           (i32.const 32)
          )
         )
        )
        (local.set $24
         (i32.add
          (i32.mul
           (local.get $22)
           (i32.const 32)
          )
          (i32.mul
           (local.get $2)
           (i32.const 11616)
          )
         )
        )
        (v128.store offset=261861984 align=4
         (local.get $24)
         (v128.load align=4
          (local.get $23)
         )
        )
        (v128.store offset=261862000 align=4
         (local.get $24)
         (v128.load offset=16 align=4
          (local.get $23)
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 1)
         )
        )
        (br_if $packp1
         (i32.lt_s
          (local.get $2)
          (select
           (local.get $1)
           (i32.const 12)
           (i32.lt_s
            (local.get $1)
            (i32.const 12)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $21
     (i32.add
      (local.get $21)
      (i32.const 384)
     )
    )
    (local.set $22
     (i32.add
      (local.get $22)
      (i32.const 1)
     )
    )
    (br_if $packk0
     (i32.ne
      (local.tee $25
       (i32.sub
        (local.get $25)
        (i32.const 1)
       )
      )
      (i32.const 0)
     )
    )
   )
  )
 )
 (func $k0_conv1_conv2d_add_compare_where (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (if
   (i32.eq
    (local.get $0)
    (i32.const 0)
   )
   (then
    (call $k0_conv1_conv2d_add_compare_where_gemm_pack
     (local.get $1)
     (local.get $2)
    )
   )
   (else
    (block
     (local.set $3
      (local.get $1)
     )
     (if
      (i32.lt_s
       (local.get $3)
       (select
        (local.get $2)
        (i32.const 37)
        (i32.lt_s
         (local.get $2)
         (i32.const 37)
        )
       )
      )
      (then
       (loop $block4
        (local.set $4
         (i32.mul
          (local.get $3)
          (i32.const 3)
         )
        )
        (local.set $5
         (i32.add
          (local.get $4)
          (i32.const 3)
         )
        )
        (block
         (local.set $17
          (local.get $4)
         )
         (if
          (i32.lt_s
           (local.get $17)
           (select
            (local.get $5)
            (i32.const 110)
            (i32.lt_s
             (local.get $5)
             (i32.const 110)
            )
           )
          )
          (then
           (loop $tile3
            (local.set $6
             (i32.div_u
              (local.get $17)
              (i32.const 55)
             )
            )
            (local.set $7
             (i32.rem_u
              (local.get $17)
              (i32.const 55)
             )
            )
            (local.set $16
             (i32.mul
              (local.get $17)
              (i32.const 55)
             )
            )
            (block
             (local.set $8
              (i32.const 0)
             )
             (loop $for2
              (local.set $13
               (i32.sub
                (i32.mul
                 (local.get $8)
                 (i32.const 4)
                )
                (i32.const 0)
               )
              )
              (block
               (local.set $9
                (i32.const 0)
               )
               (loop $for1
                (local.set $11
                 (i32.add
                  (i32.mul
                   (local.get $7)
                   (i32.const 4)
                  )
                  (i32.sub
                   (i32.mul
                    (local.get $9)
                    (i32.const 1)
                   )
                   (i32.const 0)
                  )
                 )
                )
                (if
                 (i32.lt_u
                  (local.get $11)
                  (i32.const 227)
                 )
                 (then
                  (if
                   (i32.le_u
                    (local.get $13)
                    (i32.const 216)
                   )
                   (then
                    (local.set $14
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (i32.add
                         (i32.mul
                          (local.get $6)
                          (i32.const 227)
                         )
                         (local.get $11)
                        )
                        (i32.const 227)
                       )
                       (local.get $13)
                      )
                      (i32.const 12)
                     )
                    )
                    (local.set $15
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (i32.add
                         (i32.mul
                          (local.get $16)
                          (i32.const 11)
                         )
                         (local.get $9)
                        )
                        (i32.const 11)
                       )
                       (i32.const 0)
                      )
                      (i32.const 12)
                     )
                    )
                    (memory.copy
                     (i32.add
                      (local.get $15)
                      (i32.const 253077376)
                     )
                     (i32.add
                      (local.get $14)
                      (i32.const 249517408)
                     )
                     (i32.const 132)
                    )
                   )
                   (else
                    (local.set $10
                     (i32.const 0)
                    )
                    (loop $for0
                     (local.set $12
                      (i32.add
                       (local.get $13)
                       (i32.mul
                        (local.get $10)
                        (i32.const 1)
                       )
                      )
                     )
                     (local.set $15
                      (i32.mul
                       (i32.add
                        (i32.mul
                         (i32.add
                          (i32.mul
                           (local.get $16)
                           (i32.const 11)
                          )
                          (local.get $9)
                         )
                         (i32.const 11)
                        )
                        (local.get $10)
                       )
                       (i32.const 12)
                      )
                     )
                     (if
                      (i32.lt_u
                       (local.get $12)
                       (i32.const 227)
                      )
                      (then
                       (local.set $14
                        (i32.mul
                         (i32.add
                          (i32.mul
                           (i32.add
                            (i32.mul
                             (local.get $6)
                             (i32.const 227)
                            )
                            (local.get $11)
                           )
                           (i32.const 227)
                          )
                          (local.get $12)
                         )
                         (i32.const 12)
                        )
                       )
                       (f32.store offset=253077376
                        (local.get $15)
                        (f32.load offset=249517408
                         (local.get $14)
                        )
                       )
                       (f32.store offset=253077380
                        (local.get $15)
                        (f32.load offset=249517412
                         (local.get $14)
                        )
                       )
                       (f32.store offset=253077384
                        (local.get $15)
                        (f32.load offset=249517416
                         (local.get $14)
                        )
                       )
                      )
                      (else
                       (f32.store offset=253077376
                        (local.get $15)
                        (f32.const 0)
                       )
                       (f32.store offset=253077380
                        (local.get $15)
                        (f32.const 0)
                       )
                       (f32.store offset=253077384
                        (local.get $15)
                        (f32.const 0)
                       )
                      )
                     )
                     (local.set $10
                      (i32.add
                       (local.get $10)
                       (i32.const 1)
                      )
                     )
                     (br_if $for0
                      (i32.lt_s
                       (local.get $10)
                       (i32.const 11)
                      )
                     )
                    )
                   )
                  )
                 )
                 (else
                  (local.set $15
                   (i32.mul
                    (i32.add
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (local.get $16)
                        (i32.const 11)
                       )
                       (local.get $9)
                      )
                      (i32.const 11)
                     )
                     (i32.const 0)
                    )
                    (i32.const 12)
                   )
                  )
                  (memory.fill
                   (i32.add
                    (local.get $15)
                    (i32.const 253077376)
                   )
                   (i32.const 0)
                   (i32.const 132)
                  )
                 )
                )
                (local.set $9
                 (i32.add
                  (local.get $9)
                  (i32.const 1)
                 )
                )
                (br_if $for1
                 (i32.lt_s
                  (local.get $9)
                  (i32.const 11)
                 )
                )
               )
              )
              (local.set $16
               (i32.add
                (local.get $16)
                (i32.const 1)
               )
              )
              (local.set $8
               (i32.add
                (local.get $8)
                (i32.const 1)
               )
              )
              (br_if $for2
               (i32.lt_s
                (local.get $8)
                (i32.const 55)
               )
              )
             )
            )
            (local.set $17
             (i32.add
              (local.get $17)
              (i32.const 1)
             )
            )
            (br_if $tile3
             (i32.lt_s
              (local.get $17)
              (select
               (local.get $5)
               (i32.const 110)
               (i32.lt_s
                (local.get $5)
                (i32.const 110)
               )
              )
             )
            )
           )
          )
         )
        )
        (call $k0_conv1_conv2d_add_compare_where_gemm
         (local.get $3)
         (i32.add
          (local.get $3)
          (i32.const 1)
         )
        )
        (local.set $3
         (i32.add
          (local.get $3)
          (i32.const 1)
         )
        )
        (br_if $block4
         (i32.lt_s
          (local.get $3)
          (select
           (local.get $2)
           (i32.const 37)
           (i32.lt_s
            (local.get $2)
            (i32.const 37)
           )
          )
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k1_maxPool (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 2)
      (i32.lt_s
       (local.get $2)
       (i32.const 2)
      )
     )
    )
    (then
     (loop $tile5
      (block
       (local.set $4
        (i32.const 0)
       )
       (loop $for4
        (block
         (local.set $5
          (i32.const 0)
         )
         (loop $for3
          (block
           (local.set $6
            (i32.const 0)
           )
           (loop $for2
            (local.set $11
             (i32.add
              (i32.mul
               (i32.add
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $3)
                   (i32.const 27)
                  )
                  (local.get $4)
                 )
                 (i32.const 27)
                )
                (local.get $5)
               )
               (i32.const 96)
              )
              (local.get $6)
             )
            )
            (local.set $14
             (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            )
            (block
             (local.set $7
              (i32.const 0)
             )
             (loop $for1
              (local.set $9
               (i32.add
                (i32.mul
                 (local.get $4)
                 (i32.const 2)
                )
                (i32.sub
                 (i32.mul
                  (local.get $7)
                  (i32.const 1)
                 )
                 (i32.const 0)
                )
               )
              )
              (if
               (i32.lt_u
                (local.get $9)
                (i32.const 55)
               )
               (then
                (local.set $8
                 (i32.const 0)
                )
                (loop $for0
                 (local.set $10
                  (i32.add
                   (i32.mul
                    (local.get $5)
                    (i32.const 2)
                   )
                   (i32.sub
                    (i32.mul
                     (local.get $8)
                     (i32.const 1)
                    )
                    (i32.const 0)
                   )
                  )
                 )
                 (if
                  (i32.lt_u
                   (local.get $10)
                   (i32.const 55)
                  )
                  (then
                   (local.set $12
                    (i32.add
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (i32.add
                         (i32.mul
                          (local.get $3)
                          (i32.const 55)
                         )
                         (local.get $9)
                        )
                        (i32.const 55)
                       )
                       (local.get $10)
                      )
                      (i32.const 96)
                     )
                     (local.get $6)
                    )
                   )
                   (local.set $14
                    (f32x4.pmax
                     (local.get $14)
                     (v128.load offset=250754128 align=4
                      (i32.shl
                       (local.get $12)
                       (i32.const 2)
                      )
                     )
                    )
                   )
                  )
                 )
                 (local.set $8
                  (i32.add
                   (local.get $8)
                   (i32.const 1)
                  )
                 )
                 (br_if $for0
                  (i32.lt_s
                   (local.get $8)
                   (i32.const 3)
                  )
                 )
                )
               )
              )
              (local.set $7
               (i32.add
                (local.get $7)
                (i32.const 1)
               )
              )
              (br_if $for1
               (i32.lt_s
                (local.get $7)
                (i32.const 3)
               )
              )
             )
            )
            (v128.store offset=249517408 align=4
             (i32.shl
              (local.get $11)
              (i32.const 2)
             )
             (local.get $14)
            )
            (local.set $6
             (i32.add
              (local.get $6)
              (i32.const 4)
             )
            )
            (br_if $for2
             (i32.lt_s
              (local.get $6)
              (i32.const 96)
             )
            )
           )
          )
          (local.set $5
           (i32.add
            (local.get $5)
            (i32.const 1)
           )
          )
          (br_if $for3
           (i32.lt_s
            (local.get $5)
            (i32.const 27)
           )
          )
         )
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 1)
         )
        )
        (br_if $for4
         (i32.lt_s
          (local.get $4)
          (i32.const 27)
         )
        )
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile5
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 2)
         (i32.lt_s
          (local.get $2)
          (i32.const 2)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k2_conv2_conv2d_add_compare_where_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 i32)
  (local $77 i32)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 v128)
  (local $82 v128)
  (local $83 i32)
  (local $84 i32)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 i32)
  (local $90 v128)
  (local $91 v128)
  (local $92 v128)
  (local $93 v128)
  (local $94 v128)
  (local $95 i32)
  (local $96 i32)
  (local $97 i32)
  (local $98 i32)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 v128)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 i32)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
  (local $111 i32)
  (local $112 i32)
  (local $113 i32)
  (local $114 v128)
  (local $115 v128)
  (local $116 v128)
  (local $117 v128)
  (local $118 i32)
  (local $119 v128)
  (local $120 i32)
  (local $121 i32)
  (local $122 i32)
  (local $123 i32)
  (local $124 i32)
  (local $125 i32)
  (local $126 i32)
  (local $127 v128)
  (local $128 v128)
  (local $129 v128)
  (local $130 v128)
  (local $131 v128)
  (local $132 i32)
  (local $133 i32)
  (local $134 i32)
  (local $135 i32)
  (local $136 i32)
  (local $137 i32)
  (local $138 i32)
  (local $139 v128)
  (local $140 v128)
  (local $141 v128)
  (local $142 v128)
  (local $143 v128)
  (local $144 i32)
  (local $145 i32)
  (local $146 i32)
  (local $147 i32)
  (local $148 i32)
  (local $149 i32)
  (local $150 i32)
  (local $151 v128)
  (local $152 v128)
  (local $153 v128)
  (local $154 v128)
  (local $155 v128)
  (local $156 i32)
  (local $157 i32)
  (local $158 i32)
  (local $159 i32)
  (local $160 i32)
  (local $161 i32)
  (local $162 i32)
  (local $163 v128)
  (local $164 v128)
  (local $165 v128)
  (local $166 v128)
  (local $167 v128)
  (local $168 i32)
  (local $169 i32)
  (local $170 i32)
  (local $171 i32)
  (local $172 i32)
  (local $173 i32)
  (local $174 i32)
  (local $175 v128)
  (local $176 v128)
  (local $177 v128)
  (local $178 v128)
  (local $179 v128)
  (local $180 i32)
  (local $181 i32)
  (local $182 i32)
  (local $183 i32)
  (local $184 i32)
  (local $185 i32)
  (local $186 i32)
  (local $187 v128)
  (local $188 v128)
  (local $189 v128)
  (local $190 v128)
  (local $191 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 54)
      (i32.lt_s
       (local.get $1)
       (i32.const 54)
      )
     )
    )
    (then
     (loop $block4
      (local.set $21
       (i32.mul
        (local.get $2)
        (i32.const 27)
       )
      )
      (local.set $4
       (i32.const 0)
      )
      (local.set $5
       (i32.const 0)
      )
      (block
       (local.set $191
        (i32.const 32)
       )
       (loop $panel0
        (local.set $3
         (local.get $21)
        )
        (block
         (local.set $118
          (i32.const 6)
         )
         (loop $rows1
          (local.set $6
           (i32.mul
            (local.get $3)
            (i32.const 9600)
           )
          )
          (local.set $7
           (local.get $5)
          )
          (local.set $10
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $11
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $12
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $13
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $14
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $15
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $16
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $17
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $8
           (i32.add
            (local.get $7)
            (i32.const 76800)
           )
          )
          (loop $k2
           (local.set $18
            (v128.load offset=267074176 align=4
             (local.get $7)
            )
           )
           (local.set $19
            (v128.load offset=267074192 align=4
             (local.get $7)
            )
           )
           (local.set $20
            (v128.load32_splat offset=253077376
             (local.get $6)
            )
           )
           (local.set $10
            (f32x4.add
             (local.get $10)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $11
            (f32x4.add
             (local.get $11)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=253086976
             (local.get $6)
            )
           )
           (local.set $12
            (f32x4.add
             (local.get $12)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $13
            (f32x4.add
             (local.get $13)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=253096576
             (local.get $6)
            )
           )
           (local.set $14
            (f32x4.add
             (local.get $14)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $15
            (f32x4.add
             (local.get $15)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=253106176
             (local.get $6)
            )
           )
           (local.set $16
            (f32x4.add
             (local.get $16)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $17
            (f32x4.add
             (local.get $17)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $6
            (i32.add
             (local.get $6)
             (i32.const 4)
            )
           )
           (local.set $7
            (i32.add
             (local.get $7)
             (i32.const 32)
            )
           )
           (br_if $k2
            (i32.ne
             (local.get $7)
             (local.get $8)
            )
           )
          )
          (local.set $9
           (i32.add
            (i32.mul
             (local.get $3)
             (i32.const 1024)
            )
            (i32.shl
             (local.get $4)
             (i32.const 2)
            )
           )
          )
          (v128.store offset=250754128 align=4
           (local.get $9)
           (block (result v128)
            (local.set $22
             (local.get $10)
            )
            (local.set $23
             (local.get $3)
            )
            (local.set $24
             (local.get $4)
            )
            (local.set $25
             (i32.div_u
              (local.get $23)
              (i32.const 729)
             )
            )
            (local.set $26
             (i32.rem_u
              (i32.div_u
               (local.get $23)
               (i32.const 27)
              )
              (i32.const 27)
             )
            )
            (local.set $27
             (i32.rem_u
              (local.get $23)
              (i32.const 27)
             )
            )
            (local.set $28
             (i32.add
              (i32.mul
               (local.get $23)
               (i32.const 256)
              )
              (local.get $24)
             )
            )
            (local.set $29
             (local.get $24)
            )
            (local.set $30
             (v128.load offset=2597376 align=4
              (i32.shl
               (local.get $29)
               (i32.const 2)
              )
             )
            )
            (local.set $31
             (f32x4.add
              (local.get $22)
              (local.get $30)
             )
            )
            (local.set $32
             (v128.and
              (f32x4.gt
               (local.get $31)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $33
             (v128.bitselect
              (local.get $31)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $32)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $33)
           )
          )
          (v128.store offset=250754144 align=4
           (local.get $9)
           (block (result v128)
            (local.set $34
             (local.get $11)
            )
            (local.set $35
             (local.get $3)
            )
            (local.set $36
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $37
             (i32.div_u
              (local.get $35)
              (i32.const 729)
             )
            )
            (local.set $38
             (i32.rem_u
              (i32.div_u
               (local.get $35)
               (i32.const 27)
              )
              (i32.const 27)
             )
            )
            (local.set $39
             (i32.rem_u
              (local.get $35)
              (i32.const 27)
             )
            )
            (local.set $40
             (i32.add
              (i32.mul
               (local.get $35)
               (i32.const 256)
              )
              (local.get $36)
             )
            )
            (local.set $41
             (local.get $36)
            )
            (local.set $42
             (v128.load offset=2597376 align=4
              (i32.shl
               (local.get $41)
               (i32.const 2)
              )
             )
            )
            (local.set $43
             (f32x4.add
              (local.get $34)
              (local.get $42)
             )
            )
            (local.set $44
             (v128.and
              (f32x4.gt
               (local.get $43)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $45
             (v128.bitselect
              (local.get $43)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $44)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $45)
           )
          )
          (v128.store offset=250755152 align=4
           (local.get $9)
           (block (result v128)
            (local.set $46
             (local.get $12)
            )
            (local.set $47
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $48
             (local.get $4)
            )
            (local.set $49
             (i32.div_u
              (local.get $47)
              (i32.const 729)
             )
            )
            (local.set $50
             (i32.rem_u
              (i32.div_u
               (local.get $47)
               (i32.const 27)
              )
              (i32.const 27)
             )
            )
            (local.set $51
             (i32.rem_u
              (local.get $47)
              (i32.const 27)
             )
            )
            (local.set $52
             (i32.add
              (i32.mul
               (local.get $47)
               (i32.const 256)
              )
              (local.get $48)
             )
            )
            (local.set $53
             (local.get $48)
            )
            (local.set $54
             (v128.load offset=2597376 align=4
              (i32.shl
               (local.get $53)
               (i32.const 2)
              )
             )
            )
            (local.set $55
             (f32x4.add
              (local.get $46)
              (local.get $54)
             )
            )
            (local.set $56
             (v128.and
              (f32x4.gt
               (local.get $55)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $57
             (v128.bitselect
              (local.get $55)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $56)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $57)
           )
          )
          (v128.store offset=250755168 align=4
           (local.get $9)
           (block (result v128)
            (local.set $58
             (local.get $13)
            )
            (local.set $59
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $60
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $61
             (i32.div_u
              (local.get $59)
              (i32.const 729)
             )
            )
            (local.set $62
             (i32.rem_u
              (i32.div_u
               (local.get $59)
               (i32.const 27)
              )
              (i32.const 27)
             )
            )
            (local.set $63
             (i32.rem_u
              (local.get $59)
              (i32.const 27)
             )
            )
            (local.set $64
             (i32.add
              (i32.mul
               (local.get $59)
               (i32.const 256)
              )
              (local.get $60)
             )
            )
            (local.set $65
             (local.get $60)
            )
            (local.set $66
             (v128.load offset=2597376 align=4
              (i32.shl
               (local.get $65)
               (i32.const 2)
              )
             )
            )
            (local.set $67
             (f32x4.add
              (local.get $58)
              (local.get $66)
             )
            )
            (local.set $68
             (v128.and
              (f32x4.gt
               (local.get $67)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $69
             (v128.bitselect
              (local.get $67)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $68)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $69)
           )
          )
          (v128.store offset=250756176 align=4
           (local.get $9)
           (block (result v128)
            (local.set $70
             (local.get $14)
            )
            (local.set $71
             (i32.add
              (local.get $3)
              (i32.const 2)
             )
            )
            (local.set $72
             (local.get $4)
            )
            (local.set $73
             (i32.div_u
              (local.get $71)
              (i32.const 729)
             )
            )
            (local.set $74
             (i32.rem_u
              (i32.div_u
               (local.get $71)
               (i32.const 27)
              )
              (i32.const 27)
             )
            )
            (local.set $75
             (i32.rem_u
              (local.get $71)
              (i32.const 27)
             )
            )
            (local.set $76
             (i32.add
              (i32.mul
               (local.get $71)
               (i32.const 256)
              )
              (local.get $72)
             )
            )
            (local.set $77
             (local.get $72)
            )
            (local.set $78
             (v128.load offset=2597376 align=4
              (i32.shl
               (local.get $77)
               (i32.const 2)
              )
             )
            )
            (local.set $79
             (f32x4.add
              (local.get $70)
              (local.get $78)
             )
            )
            (local.set $80
             (v128.and
              (f32x4.gt
               (local.get $79)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $81
             (v128.bitselect
              (local.get $79)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $80)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $81)
           )
          )
          (v128.store offset=250756192 align=4
           (local.get $9)
           (block (result v128)
            (local.set $82
             (local.get $15)
            )
            (local.set $83
             (i32.add
              (local.get $3)
              (i32.const 2)
             )
            )
            (local.set $84
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $85
             (i32.div_u
              (local.get $83)
              (i32.const 729)
             )
            )
            (local.set $86
             (i32.rem_u
              (i32.div_u
               (local.get $83)
               (i32.const 27)
              )
              (i32.const 27)
             )
            )
            (local.set $87
             (i32.rem_u
              (local.get $83)
              (i32.const 27)
             )
            )
            (local.set $88
             (i32.add
              (i32.mul
               (local.get $83)
               (i32.const 256)
              )
              (local.get $84)
             )
            )
            (local.set $89
             (local.get $84)
            )
            (local.set $90
             (v128.load offset=2597376 align=4
              (i32.shl
               (local.get $89)
               (i32.const 2)
              )
             )
            )
            (local.set $91
             (f32x4.add
              (local.get $82)
              (local.get $90)
             )
            )
            (local.set $92
             (v128.and
              (f32x4.gt
               (local.get $91)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $93
             (v128.bitselect
              (local.get $91)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $92)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $93)
           )
          )
          (v128.store offset=250757200 align=4
           (local.get $9)
           (block (result v128)
            (local.set $94
             (local.get $16)
            )
            (local.set $95
             (i32.add
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.set $96
             (local.get $4)
            )
            (local.set $97
             (i32.div_u
              (local.get $95)
              (i32.const 729)
             )
            )
            (local.set $98
             (i32.rem_u
              (i32.div_u
               (local.get $95)
               (i32.const 27)
              )
              (i32.const 27)
             )
            )
            (local.set $99
             (i32.rem_u
              (local.get $95)
              (i32.const 27)
             )
            )
            (local.set $100
             (i32.add
              (i32.mul
               (local.get $95)
               (i32.const 256)
              )
              (local.get $96)
             )
            )
            (local.set $101
             (local.get $96)
            )
            (local.set $102
             (v128.load offset=2597376 align=4
              (i32.shl
               (local.get $101)
               (i32.const 2)
              )
             )
            )
            (local.set $103
             (f32x4.add
              (local.get $94)
              (local.get $102)
             )
            )
            (local.set $104
             (v128.and
              (f32x4.gt
               (local.get $103)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $105
             (v128.bitselect
              (local.get $103)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $104)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $105)
           )
          )
          (v128.store offset=250757216 align=4
           (local.get $9)
           (block (result v128)
            (local.set $106
             (local.get $17)
            )
            (local.set $107
             (i32.add
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.set $108
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $109
             (i32.div_u
              (local.get $107)
              (i32.const 729)
             )
            )
            (local.set $110
             (i32.rem_u
              (i32.div_u
               (local.get $107)
               (i32.const 27)
              )
              (i32.const 27)
             )
            )
            (local.set $111
             (i32.rem_u
              (local.get $107)
              (i32.const 27)
             )
            )
            (local.set $112
             (i32.add
              (i32.mul
               (local.get $107)
               (i32.const 256)
              )
              (local.get $108)
             )
            )
            (local.set $113
             (local.get $108)
            )
            (local.set $114
             (v128.load offset=2597376 align=4
              (i32.shl
               (local.get $113)
               (i32.const 2)
              )
             )
            )
            (local.set $115
             (f32x4.add
              (local.get $106)
              (local.get $114)
             )
            )
            (local.set $116
             (v128.and
              (f32x4.gt
               (local.get $115)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $117
             (v128.bitselect
              (local.get $115)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $116)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $117)
           )
          )
          (local.set $3
           (i32.add
            (local.get $3)
            (i32.const 4)
           )
          )
          (br_if $rows1
           (i32.ne
            (local.tee $118
             (i32.sub
              (local.get $118)
              (i32.const 1)
             )
            )
            (i32.const 0)
           )
          )
         )
        )
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 9600)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $12
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $13
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $14
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $15
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 76800)
         )
        )
        (loop $k3
         (local.set $18
          (v128.load offset=267074176 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=267074192 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=253077376
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=253086976
           (local.get $6)
          )
         )
         (local.set $12
          (f32x4.add
           (local.get $12)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $13
          (f32x4.add
           (local.get $13)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $20
          (v128.load32_splat offset=253096576
           (local.get $6)
          )
         )
         (local.set $14
          (f32x4.add
           (local.get $14)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $15
          (f32x4.add
           (local.get $15)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 32)
          )
         )
         (br_if $k3
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 1024)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=250754128 align=4
         (local.get $9)
         (block (result v128)
          (local.set $119
           (local.get $10)
          )
          (local.set $120
           (local.get $3)
          )
          (local.set $121
           (local.get $4)
          )
          (local.set $122
           (i32.div_u
            (local.get $120)
            (i32.const 729)
           )
          )
          (local.set $123
           (i32.rem_u
            (i32.div_u
             (local.get $120)
             (i32.const 27)
            )
            (i32.const 27)
           )
          )
          (local.set $124
           (i32.rem_u
            (local.get $120)
            (i32.const 27)
           )
          )
          (local.set $125
           (i32.add
            (i32.mul
             (local.get $120)
             (i32.const 256)
            )
            (local.get $121)
           )
          )
          (local.set $126
           (local.get $121)
          )
          (local.set $127
           (v128.load offset=2597376 align=4
            (i32.shl
             (local.get $126)
             (i32.const 2)
            )
           )
          )
          (local.set $128
           (f32x4.add
            (local.get $119)
            (local.get $127)
           )
          )
          (local.set $129
           (v128.and
            (f32x4.gt
             (local.get $128)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $130
           (v128.bitselect
            (local.get $128)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $129)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $130)
         )
        )
        (v128.store offset=250754144 align=4
         (local.get $9)
         (block (result v128)
          (local.set $131
           (local.get $11)
          )
          (local.set $132
           (local.get $3)
          )
          (local.set $133
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $134
           (i32.div_u
            (local.get $132)
            (i32.const 729)
           )
          )
          (local.set $135
           (i32.rem_u
            (i32.div_u
             (local.get $132)
             (i32.const 27)
            )
            (i32.const 27)
           )
          )
          (local.set $136
           (i32.rem_u
            (local.get $132)
            (i32.const 27)
           )
          )
          (local.set $137
           (i32.add
            (i32.mul
             (local.get $132)
             (i32.const 256)
            )
            (local.get $133)
           )
          )
          (local.set $138
           (local.get $133)
          )
          (local.set $139
           (v128.load offset=2597376 align=4
            (i32.shl
             (local.get $138)
             (i32.const 2)
            )
           )
          )
          (local.set $140
           (f32x4.add
            (local.get $131)
            (local.get $139)
           )
          )
          (local.set $141
           (v128.and
            (f32x4.gt
             (local.get $140)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $142
           (v128.bitselect
            (local.get $140)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $141)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $142)
         )
        )
        (v128.store offset=250755152 align=4
         (local.get $9)
         (block (result v128)
          (local.set $143
           (local.get $12)
          )
          (local.set $144
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $145
           (local.get $4)
          )
          (local.set $146
           (i32.div_u
            (local.get $144)
            (i32.const 729)
           )
          )
          (local.set $147
           (i32.rem_u
            (i32.div_u
             (local.get $144)
             (i32.const 27)
            )
            (i32.const 27)
           )
          )
          (local.set $148
           (i32.rem_u
            (local.get $144)
            (i32.const 27)
           )
          )
          (local.set $149
           (i32.add
            (i32.mul
             (local.get $144)
             (i32.const 256)
            )
            (local.get $145)
           )
          )
          (local.set $150
           (local.get $145)
          )
          (local.set $151
           (v128.load offset=2597376 align=4
            (i32.shl
             (local.get $150)
             (i32.const 2)
            )
           )
          )
          (local.set $152
           (f32x4.add
            (local.get $143)
            (local.get $151)
           )
          )
          (local.set $153
           (v128.and
            (f32x4.gt
             (local.get $152)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $154
           (v128.bitselect
            (local.get $152)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $153)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $154)
         )
        )
        (v128.store offset=250755168 align=4
         (local.get $9)
         (block (result v128)
          (local.set $155
           (local.get $13)
          )
          (local.set $156
           (i32.add
            (local.get $3)
            (i32.const 1)
           )
          )
          (local.set $157
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $158
           (i32.div_u
            (local.get $156)
            (i32.const 729)
           )
          )
          (local.set $159
           (i32.rem_u
            (i32.div_u
             (local.get $156)
             (i32.const 27)
            )
            (i32.const 27)
           )
          )
          (local.set $160
           (i32.rem_u
            (local.get $156)
            (i32.const 27)
           )
          )
          (local.set $161
           (i32.add
            (i32.mul
             (local.get $156)
             (i32.const 256)
            )
            (local.get $157)
           )
          )
          (local.set $162
           (local.get $157)
          )
          (local.set $163
           (v128.load offset=2597376 align=4
            (i32.shl
             (local.get $162)
             (i32.const 2)
            )
           )
          )
          (local.set $164
           (f32x4.add
            (local.get $155)
            (local.get $163)
           )
          )
          (local.set $165
           (v128.and
            (f32x4.gt
             (local.get $164)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $166
           (v128.bitselect
            (local.get $164)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $165)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $166)
         )
        )
        (v128.store offset=250756176 align=4
         (local.get $9)
         (block (result v128)
          (local.set $167
           (local.get $14)
          )
          (local.set $168
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $169
           (local.get $4)
          )
          (local.set $170
           (i32.div_u
            (local.get $168)
            (i32.const 729)
           )
          )
          (local.set $171
           (i32.rem_u
            (i32.div_u
             (local.get $168)
             (i32.const 27)
            )
            (i32.const 27)
           )
          )
          (local.set $172
           (i32.rem_u
            (local.get $168)
            (i32.const 27)
           )
          )
          (local.set $173
           (i32.add
            (i32.mul
             (local.get $168)
             (i32.const 256)
            )
            (local.get $169)
           )
          )
          (local.set $174
           (local.get $169)
          )
          (local.set $175
           (v128.load offset=2597376 align=4
            (i32.shl
             (local.get $174)
             (i32.const 2)
            )
           )
          )
          (local.set $176
           (f32x4.add
            (local.get $167)
            (local.get $175)
           )
          )
          (local.set $177
           (v128.and
            (f32x4.gt
             (local.get $176)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $178
           (v128.bitselect
            (local.get $176)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $177)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $178)
         )
        )
        (v128.store offset=250756192 align=4
         (local.get $9)
         (block (result v128)
          (local.set $179
           (local.get $15)
          )
          (local.set $180
           (i32.add
            (local.get $3)
            (i32.const 2)
           )
          )
          (local.set $181
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $182
           (i32.div_u
            (local.get $180)
            (i32.const 729)
           )
          )
          (local.set $183
           (i32.rem_u
            (i32.div_u
             (local.get $180)
             (i32.const 27)
            )
            (i32.const 27)
           )
          )
          (local.set $184
           (i32.rem_u
            (local.get $180)
            (i32.const 27)
           )
          )
          (local.set $185
           (i32.add
            (i32.mul
             (local.get $180)
             (i32.const 256)
            )
            (local.get $181)
           )
          )
          (local.set $186
           (local.get $181)
          )
          (local.set $187
           (v128.load offset=2597376 align=4
            (i32.shl
             (local.get $186)
             (i32.const 2)
            )
           )
          )
          (local.set $188
           (f32x4.add
            (local.get $179)
            (local.get $187)
           )
          )
          (local.set $189
           (v128.and
            (f32x4.gt
             (local.get $188)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $190
           (v128.bitselect
            (local.get $188)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $189)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $190)
         )
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 8)
         )
        )
        (local.set $5
         (i32.add
          (local.get $5)
          (i32.const 76800)
         )
        )
        (br_if $panel0
         (i32.ne
          (local.tee $191
           (i32.sub
            (local.get $191)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $block4
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 54)
         (i32.lt_s
          (local.get $1)
          (i32.const 54)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k2_conv2_conv2d_add_compare_where_gemm_pack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local.set $21
   (i32.const 0)
  )
  (local.set $22
   (i32.const 0)
  )
  (block
   (local.set $25
    (i32.const 2400)
   )
   (loop $packk0
    (block
     (local.set $2
      (local.get $0)
     )
     (if
      (i32.lt_s
       (local.get $2)
       (select
        (local.get $1)
        (i32.const 32)
        (i32.lt_s
         (local.get $1)
         (i32.const 32)
        )
       )
      )
      (then
       (loop $packp1
        (local.set $23
         (i32.add
          (local.get $21)
          (i32.mul
           (local.get $2)
           (i32.const 32)
          )
         )
        )
        (local.set $24
         (i32.add
          (i32.mul
           (local.get $22)
           (i32.const 32)
          )
          (i32.mul
           (local.get $2)
           (i32.const 76800)
          )
         )
        )
        (v128.store offset=267074176 align=4
         (local.get $24)
         (v128.load offset=139776 align=4
          (local.get $23)
         )
        )
        (v128.store offset=267074192 align=4
         (local.get $24)
         (v128.load offset=139792 align=4
          (local.get $23)
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 1)
         )
        )
        (br_if $packp1
         (i32.lt_s
          (local.get $2)
          (select
           (local.get $1)
           (i32.const 32)
           (i32.lt_s
            (local.get $1)
            (i32.const 32)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $21
     (i32.add
      (local.get $21)
      (i32.const 1024)
     )
    )
    (local.set $22
     (i32.add
      (local.get $22)
      (i32.const 1)
     )
    )
    (br_if $packk0
     (i32.ne
      (local.tee $25
       (i32.sub
        (local.get $25)
        (i32.const 1)
       )
      )
      (i32.const 0)
     )
    )
   )
  )
 )
 (func $k2_conv2_conv2d_add_compare_where (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 f32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 v128)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (if
   (i32.eq
    (local.get $0)
    (i32.const 0)
   )
   (then
    (i32.store
     (i32.const 269531776)
     (i32.ge_s
      (call $first_non_finite
       (i32.const 139776)
       (i32.const 614400)
      )
      (i32.const 0)
     )
    )
   )
   (else
    (if
     (i32.eq
      (local.get $0)
      (i32.const 1)
     )
     (then
      (if
       (i32.eqz
        (i32.load
         (i32.const 269531776)
        )
       )
       (then
        (call $k2_conv2_conv2d_add_compare_where_gemm_pack
         (local.get $1)
         (local.get $2)
        )
       )
      )
     )
     (else
      (if
       (i32.eq
        (local.get $0)
        (i32.const 2)
       )
       (then
        (if
         (i32.eqz
          (i32.load
           (i32.const 269531776)
          )
         )
         (then
          (block
           (local.set $3
            (local.get $1)
           )
           (if
            (i32.lt_s
             (local.get $3)
             (select
              (local.get $2)
              (i32.const 54)
              (i32.lt_s
               (local.get $2)
               (i32.const 54)
              )
             )
            )
            (then
             (loop $block4
              (local.set $4
               (i32.mul
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $5
               (i32.add
                (local.get $4)
                (i32.const 1)
               )
              )
              (block
               (local.set $17
                (local.get $4)
               )
               (if
                (i32.lt_s
                 (local.get $17)
                 (select
                  (local.get $5)
                  (i32.const 54)
                  (i32.lt_s
                   (local.get $5)
                   (i32.const 54)
                  )
                 )
                )
                (then
                 (loop $tile3
                  (local.set $6
                   (i32.div_u
                    (local.get $17)
                    (i32.const 27)
                   )
                  )
                  (local.set $7
                   (i32.rem_u
                    (local.get $17)
                    (i32.const 27)
                   )
                  )
                  (local.set $16
                   (i32.mul
                    (local.get $17)
                    (i32.const 27)
                   )
                  )
                  (block
                   (local.set $8
                    (i32.const 0)
                   )
                   (loop $for2
                    (local.set $13
                     (i32.sub
                      (i32.mul
                       (local.get $8)
                       (i32.const 1)
                      )
                      (i32.const 2)
                     )
                    )
                    (block
                     (local.set $9
                      (i32.const 0)
                     )
                     (loop $for1
                      (local.set $11
                       (i32.add
                        (i32.mul
                         (local.get $7)
                         (i32.const 1)
                        )
                        (i32.sub
                         (i32.mul
                          (local.get $9)
                          (i32.const 1)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (if
                       (i32.lt_u
                        (local.get $11)
                        (i32.const 27)
                       )
                       (then
                        (if
                         (i32.le_u
                          (local.get $13)
                          (i32.const 22)
                         )
                         (then
                          (local.set $14
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $6)
                                (i32.const 27)
                               )
                               (local.get $11)
                              )
                              (i32.const 27)
                             )
                             (local.get $13)
                            )
                            (i32.const 384)
                           )
                          )
                          (local.set $15
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $16)
                                (i32.const 5)
                               )
                               (local.get $9)
                              )
                              (i32.const 5)
                             )
                             (i32.const 0)
                            )
                            (i32.const 384)
                           )
                          )
                          (memory.copy
                           (i32.add
                            (local.get $15)
                            (i32.const 253077376)
                           )
                           (i32.add
                            (local.get $14)
                            (i32.const 249517408)
                           )
                           (i32.const 1920)
                          )
                         )
                         (else
                          (local.set $10
                           (i32.const 0)
                          )
                          (loop $for0
                           (local.set $12
                            (i32.add
                             (local.get $13)
                             (i32.mul
                              (local.get $10)
                              (i32.const 1)
                             )
                            )
                           )
                           (local.set $15
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (local.get $16)
                                 (i32.const 5)
                                )
                                (local.get $9)
                               )
                               (i32.const 5)
                              )
                              (local.get $10)
                             )
                             (i32.const 384)
                            )
                           )
                           (if
                            (i32.lt_u
                             (local.get $12)
                             (i32.const 27)
                            )
                            (then
                             (local.set $14
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (i32.add
                                  (i32.mul
                                   (local.get $6)
                                   (i32.const 27)
                                  )
                                  (local.get $11)
                                 )
                                 (i32.const 27)
                                )
                                (local.get $12)
                               )
                               (i32.const 384)
                              )
                             )
                             (memory.copy
                              (i32.add
                               (local.get $15)
                               (i32.const 253077376)
                              )
                              (i32.add
                               (local.get $14)
                               (i32.const 249517408)
                              )
                              (i32.const 384)
                             )
                            )
                            (else
                             (memory.fill
                              (i32.add
                               (local.get $15)
                               (i32.const 253077376)
                              )
                              (i32.const 0)
                              (i32.const 384)
                             )
                            )
                           )
                           (local.set $10
                            (i32.add
                             (local.get $10)
                             (i32.const 1)
                            )
                           )
                           (br_if $for0
                            (i32.lt_s
                             (local.get $10)
                             (i32.const 5)
                            )
                           )
                          )
                         )
                        )
                       )
                       (else
                        (local.set $15
                         (i32.mul
                          (i32.add
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (local.get $16)
                              (i32.const 5)
                             )
                             (local.get $9)
                            )
                            (i32.const 5)
                           )
                           (i32.const 0)
                          )
                          (i32.const 384)
                         )
                        )
                        (memory.fill
                         (i32.add
                          (local.get $15)
                          (i32.const 253077376)
                         )
                         (i32.const 0)
                         (i32.const 1920)
                        )
                       )
                      )
                      (local.set $9
                       (i32.add
                        (local.get $9)
                        (i32.const 1)
                       )
                      )
                      (br_if $for1
                       (i32.lt_s
                        (local.get $9)
                        (i32.const 5)
                       )
                      )
                     )
                    )
                    (local.set $16
                     (i32.add
                      (local.get $16)
                      (i32.const 1)
                     )
                    )
                    (local.set $8
                     (i32.add
                      (local.get $8)
                      (i32.const 1)
                     )
                    )
                    (br_if $for2
                     (i32.lt_s
                      (local.get $8)
                      (i32.const 27)
                     )
                    )
                   )
                  )
                  (local.set $17
                   (i32.add
                    (local.get $17)
                    (i32.const 1)
                   )
                  )
                  (br_if $tile3
                   (i32.lt_s
                    (local.get $17)
                    (select
                     (local.get $5)
                     (i32.const 54)
                     (i32.lt_s
                      (local.get $5)
                      (i32.const 54)
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
              (call $k2_conv2_conv2d_add_compare_where_gemm
               (local.get $3)
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $3
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (br_if $block4
               (i32.lt_s
                (local.get $3)
                (select
                 (local.get $2)
                 (i32.const 54)
                 (i32.lt_s
                  (local.get $2)
                  (i32.const 54)
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
       (else
        (if
         (i32.eq
          (local.get $0)
          (i32.const 3)
         )
         (then
          (if
           (i32.load
            (i32.const 269531776)
           )
           (then
            (local.set $1
             (i32.const 0)
            )
            (local.set $2
             (i32.const 2)
            )
            (memory.fill
             (i32.const 250754128)
             (i32.const 0)
             (i32.const 1492992)
            )
            (block
             (local.set $24
              (local.get $1)
             )
             (if
              (i32.lt_s
               (local.get $24)
               (select
                (local.get $2)
                (i32.const 2)
                (i32.lt_s
                 (local.get $2)
                 (i32.const 2)
                )
               )
              )
              (then
               (loop $tile13
                (local.set $34
                 (i32.mul
                  (local.get $24)
                  (i32.const 729)
                 )
                )
                (block
                 (local.set $25
                  (i32.const 0)
                 )
                 (loop $for12
                  (block
                   (local.set $26
                    (i32.const 0)
                   )
                   (loop $for11
                    (local.set $31
                     (i32.sub
                      (i32.mul
                       (local.get $26)
                       (i32.const 1)
                      )
                      (i32.const 2)
                     )
                    )
                    (block
                     (local.set $27
                      (i32.const 0)
                     )
                     (loop $for10
                      (local.set $29
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (i32.const 1)
                        )
                        (i32.sub
                         (i32.mul
                          (local.get $27)
                          (i32.const 1)
                         )
                         (i32.const 2)
                        )
                       )
                      )
                      (if
                       (i32.lt_u
                        (local.get $29)
                        (i32.const 27)
                       )
                       (then
                        (if
                         (i32.le_u
                          (local.get $31)
                          (i32.const 22)
                         )
                         (then
                          (local.set $32
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $24)
                                (i32.const 27)
                               )
                               (local.get $29)
                              )
                              (i32.const 27)
                             )
                             (local.get $31)
                            )
                            (i32.const 384)
                           )
                          )
                          (local.set $33
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $34)
                                (i32.const 5)
                               )
                               (local.get $27)
                              )
                              (i32.const 5)
                             )
                             (i32.const 0)
                            )
                            (i32.const 384)
                           )
                          )
                          (block
                           (local.set $18
                            (i32.const 0)
                           )
                           (loop $for9
                            (local.set $23
                             (f32.load offset=249517408
                              (i32.add
                               (local.get $32)
                               (i32.shl
                                (local.get $18)
                                (i32.const 2)
                               )
                              )
                             )
                            )
                            (local.set $20
                             (i32.div_u
                              (i32.shr_u
                               (local.get $33)
                               (i32.const 2)
                              )
                              (i32.const 2400)
                             )
                            )
                            (local.set $21
                             (i32.add
                              (i32.rem_u
                               (i32.shr_u
                                (local.get $33)
                                (i32.const 2)
                               )
                               (i32.const 2400)
                              )
                              (local.get $18)
                             )
                            )
                            (block
                             (local.set $19
                              (i32.const 0)
                             )
                             (loop $for8
                              (local.set $22
                               (i32.shl
                                (i32.add
                                 (i32.mul
                                  (local.get $20)
                                  (i32.const 256)
                                 )
                                 (local.get $19)
                                )
                                (i32.const 2)
                               )
                              )
                              (f32.store offset=250754128
                               (local.get $22)
                               (f32.add
                                (f32.load offset=250754128
                                 (local.get $22)
                                )
                                (f32.mul
                                 (local.get $23)
                                 (f32.load offset=139776
                                  (i32.shl
                                   (i32.add
                                    (i32.mul
                                     (local.get $21)
                                     (i32.const 256)
                                    )
                                    (local.get $19)
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                )
                               )
                              )
                              (local.set $19
                               (i32.add
                                (local.get $19)
                                (i32.const 1)
                               )
                              )
                              (br_if $for8
                               (i32.lt_s
                                (local.get $19)
                                (i32.const 256)
                               )
                              )
                             )
                            )
                            (local.set $18
                             (i32.add
                              (local.get $18)
                              (i32.const 1)
                             )
                            )
                            (br_if $for9
                             (i32.lt_s
                              (local.get $18)
                              (i32.const 480)
                             )
                            )
                           )
                          )
                         )
                         (else
                          (local.set $28
                           (i32.const 0)
                          )
                          (loop $for7
                           (local.set $30
                            (i32.add
                             (local.get $31)
                             (i32.mul
                              (local.get $28)
                              (i32.const 1)
                             )
                            )
                           )
                           (local.set $33
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (local.get $34)
                                 (i32.const 5)
                                )
                                (local.get $27)
                               )
                               (i32.const 5)
                              )
                              (local.get $28)
                             )
                             (i32.const 384)
                            )
                           )
                           (if
                            (i32.lt_u
                             (local.get $30)
                             (i32.const 27)
                            )
                            (then
                             (local.set $32
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (i32.add
                                  (i32.mul
                                   (local.get $24)
                                   (i32.const 27)
                                  )
                                  (local.get $29)
                                 )
                                 (i32.const 27)
                                )
                                (local.get $30)
                               )
                               (i32.const 384)
                              )
                             )
                             (block
                              (local.set $18
                               (i32.const 0)
                              )
                              (loop $for6
                               (local.set $23
                                (f32.load offset=249517408
                                 (i32.add
                                  (local.get $32)
                                  (i32.shl
                                   (local.get $18)
                                   (i32.const 2)
                                  )
                                 )
                                )
                               )
                               (local.set $20
                                (i32.div_u
                                 (i32.shr_u
                                  (local.get $33)
                                  (i32.const 2)
                                 )
                                 (i32.const 2400)
                                )
                               )
                               (local.set $21
                                (i32.add
                                 (i32.rem_u
                                  (i32.shr_u
                                   (local.get $33)
                                   (i32.const 2)
                                  )
                                  (i32.const 2400)
                                 )
                                 (local.get $18)
                                )
                               )
                               (block
                                (local.set $19
                                 (i32.const 0)
                                )
                                (loop $for5
                                 (local.set $22
                                  (i32.shl
                                   (i32.add
                                    (i32.mul
                                     (local.get $20)
                                     (i32.const 256)
                                    )
                                    (local.get $19)
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                 (f32.store offset=250754128
                                  (local.get $22)
                                  (f32.add
                                   (f32.load offset=250754128
                                    (local.get $22)
                                   )
                                   (f32.mul
                                    (local.get $23)
                                    (f32.load offset=139776
                                     (i32.shl
                                      (i32.add
                                       (i32.mul
                                        (local.get $21)
                                        (i32.const 256)
                                       )
                                       (local.get $19)
                                      )
                                      (i32.const 2)
                                     )
                                    )
                                   )
                                  )
                                 )
                                 (local.set $19
                                  (i32.add
                                   (local.get $19)
                                   (i32.const 1)
                                  )
                                 )
                                 (br_if $for5
                                  (i32.lt_s
                                   (local.get $19)
                                   (i32.const 256)
                                  )
                                 )
                                )
                               )
                               (local.set $18
                                (i32.add
                                 (local.get $18)
                                 (i32.const 1)
                                )
                               )
                               (br_if $for6
                                (i32.lt_s
                                 (local.get $18)
                                 (i32.const 96)
                                )
                               )
                              )
                             )
                            )
                           )
                           (local.set $28
                            (i32.add
                             (local.get $28)
                             (i32.const 1)
                            )
                           )
                           (br_if $for7
                            (i32.lt_s
                             (local.get $28)
                             (i32.const 5)
                            )
                           )
                          )
                         )
                        )
                       )
                      )
                      (local.set $27
                       (i32.add
                        (local.get $27)
                        (i32.const 1)
                       )
                      )
                      (br_if $for10
                       (i32.lt_s
                        (local.get $27)
                        (i32.const 5)
                       )
                      )
                     )
                    )
                    (local.set $34
                     (i32.add
                      (local.get $34)
                      (i32.const 1)
                     )
                    )
                    (local.set $26
                     (i32.add
                      (local.get $26)
                      (i32.const 1)
                     )
                    )
                    (br_if $for11
                     (i32.lt_s
                      (local.get $26)
                      (i32.const 27)
                     )
                    )
                   )
                  )
                  (local.set $25
                   (i32.add
                    (local.get $25)
                    (i32.const 1)
                   )
                  )
                  (br_if $for12
                   (i32.lt_s
                    (local.get $25)
                    (i32.const 27)
                   )
                  )
                 )
                )
                (local.set $24
                 (i32.add
                  (local.get $24)
                  (i32.const 1)
                 )
                )
                (br_if $tile13
                 (i32.lt_s
                  (local.get $24)
                  (select
                   (local.get $2)
                   (i32.const 2)
                   (i32.lt_s
                    (local.get $2)
                    (i32.const 2)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
         (else
          (if
           (i32.load
            (i32.const 269531776)
           )
           (then
            (block
             (local.set $35
              (local.get $1)
             )
             (if
              (i32.lt_s
               (local.get $35)
               (select
                (local.get $2)
                (i32.const 2)
                (i32.lt_s
                 (local.get $2)
                 (i32.const 2)
                )
               )
              )
              (then
               (loop $tile17
                (block
                 (local.set $36
                  (i32.const 0)
                 )
                 (loop $for16
                  (block
                   (local.set $37
                    (i32.const 0)
                   )
                   (loop $for15
                    (block
                     (local.set $38
                      (i32.const 0)
                     )
                     (loop $for14
                      (local.set $39
                       (i32.add
                        (i32.add
                         (i32.add
                          (i32.mul
                           (local.get $35)
                           (i32.const 186624)
                          )
                          (i32.mul
                           (local.get $36)
                           (i32.const 6912)
                          )
                         )
                         (i32.mul
                          (local.get $37)
                          (i32.const 256)
                         )
                        )
                        (local.get $38)
                       )
                      )
                      (local.set $40
                       (v128.load offset=250754128 align=4
                        (i32.shl
                         (local.get $39)
                         (i32.const 2)
                        )
                       )
                      )
                      (local.set $41
                       (local.get $38)
                      )
                      (local.set $42
                       (v128.load offset=2597376 align=4
                        (i32.shl
                         (local.get $41)
                         (i32.const 2)
                        )
                       )
                      )
                      (local.set $43
                       (f32x4.add
                        (local.get $40)
                        (local.get $42)
                       )
                      )
                      (local.set $44
                       (v128.and
                        (f32x4.gt
                         (local.get $43)
                         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                        )
                        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
                       )
                      )
                      (local.set $45
                       (v128.bitselect
                        (local.get $43)
                        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                        (f32x4.ne
                         (local.get $44)
                         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                        )
                       )
                      )
                      (v128.store offset=250754128 align=4
                       (i32.shl
                        (local.get $39)
                        (i32.const 2)
                       )
                       (local.get $45)
                      )
                      (local.set $38
                       (i32.add
                        (local.get $38)
                        (i32.const 4)
                       )
                      )
                      (br_if $for14
                       (i32.lt_s
                        (local.get $38)
                        (i32.const 256)
                       )
                      )
                     )
                    )
                    (local.set $37
                     (i32.add
                      (local.get $37)
                      (i32.const 1)
                     )
                    )
                    (br_if $for15
                     (i32.lt_s
                      (local.get $37)
                      (i32.const 27)
                     )
                    )
                   )
                  )
                  (local.set $36
                   (i32.add
                    (local.get $36)
                    (i32.const 1)
                   )
                  )
                  (br_if $for16
                   (i32.lt_s
                    (local.get $36)
                    (i32.const 27)
                   )
                  )
                 )
                )
                (local.set $35
                 (i32.add
                  (local.get $35)
                  (i32.const 1)
                 )
                )
                (br_if $tile17
                 (i32.lt_s
                  (local.get $35)
                  (select
                   (local.get $2)
                   (i32.const 2)
                   (i32.lt_s
                    (local.get $2)
                    (i32.const 2)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k3_maxPool (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 2)
      (i32.lt_s
       (local.get $2)
       (i32.const 2)
      )
     )
    )
    (then
     (loop $tile5
      (block
       (local.set $4
        (i32.const 0)
       )
       (loop $for4
        (block
         (local.set $5
          (i32.const 0)
         )
         (loop $for3
          (block
           (local.set $6
            (i32.const 0)
           )
           (loop $for2
            (local.set $11
             (i32.add
              (i32.mul
               (i32.add
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $3)
                   (i32.const 13)
                  )
                  (local.get $4)
                 )
                 (i32.const 13)
                )
                (local.get $5)
               )
               (i32.const 256)
              )
              (local.get $6)
             )
            )
            (local.set $14
             (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            )
            (block
             (local.set $7
              (i32.const 0)
             )
             (loop $for1
              (local.set $9
               (i32.add
                (i32.mul
                 (local.get $4)
                 (i32.const 2)
                )
                (i32.sub
                 (i32.mul
                  (local.get $7)
                  (i32.const 1)
                 )
                 (i32.const 0)
                )
               )
              )
              (if
               (i32.lt_u
                (local.get $9)
                (i32.const 27)
               )
               (then
                (local.set $8
                 (i32.const 0)
                )
                (loop $for0
                 (local.set $10
                  (i32.add
                   (i32.mul
                    (local.get $5)
                    (i32.const 2)
                   )
                   (i32.sub
                    (i32.mul
                     (local.get $8)
                     (i32.const 1)
                    )
                    (i32.const 0)
                   )
                  )
                 )
                 (if
                  (i32.lt_u
                   (local.get $10)
                   (i32.const 27)
                  )
                  (then
                   (local.set $12
                    (i32.add
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (i32.add
                         (i32.mul
                          (local.get $3)
                          (i32.const 27)
                         )
                         (local.get $9)
                        )
                        (i32.const 27)
                       )
                       (local.get $10)
                      )
                      (i32.const 256)
                     )
                     (local.get $6)
                    )
                   )
                   (local.set $14
                    (f32x4.pmax
                     (local.get $14)
                     (v128.load offset=250754128 align=4
                      (i32.shl
                       (local.get $12)
                       (i32.const 2)
                      )
                     )
                    )
                   )
                  )
                 )
                 (local.set $8
                  (i32.add
                   (local.get $8)
                   (i32.const 1)
                  )
                 )
                 (br_if $for0
                  (i32.lt_s
                   (local.get $8)
                   (i32.const 3)
                  )
                 )
                )
               )
              )
              (local.set $7
               (i32.add
                (local.get $7)
                (i32.const 1)
               )
              )
              (br_if $for1
               (i32.lt_s
                (local.get $7)
                (i32.const 3)
               )
              )
             )
            )
            (v128.store offset=249517408 align=4
             (i32.shl
              (local.get $11)
              (i32.const 2)
             )
             (local.get $14)
            )
            (local.set $6
             (i32.add
              (local.get $6)
              (i32.const 4)
             )
            )
            (br_if $for2
             (i32.lt_s
              (local.get $6)
              (i32.const 256)
             )
            )
           )
          )
          (local.set $5
           (i32.add
            (local.get $5)
            (i32.const 1)
           )
          )
          (br_if $for3
           (i32.lt_s
            (local.get $5)
            (i32.const 13)
           )
          )
         )
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 1)
         )
        )
        (br_if $for4
         (i32.lt_s
          (local.get $4)
          (i32.const 13)
         )
        )
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile5
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 2)
         (i32.lt_s
          (local.get $2)
          (i32.const 2)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k4_conv3_conv2d_add_compare_where_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 i32)
  (local $77 i32)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 v128)
  (local $82 v128)
  (local $83 i32)
  (local $84 i32)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 i32)
  (local $90 v128)
  (local $91 v128)
  (local $92 v128)
  (local $93 v128)
  (local $94 v128)
  (local $95 i32)
  (local $96 i32)
  (local $97 i32)
  (local $98 i32)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 v128)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 i32)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
  (local $111 i32)
  (local $112 i32)
  (local $113 i32)
  (local $114 v128)
  (local $115 v128)
  (local $116 v128)
  (local $117 v128)
  (local $118 i32)
  (local $119 v128)
  (local $120 i32)
  (local $121 i32)
  (local $122 i32)
  (local $123 i32)
  (local $124 i32)
  (local $125 i32)
  (local $126 i32)
  (local $127 v128)
  (local $128 v128)
  (local $129 v128)
  (local $130 v128)
  (local $131 v128)
  (local $132 i32)
  (local $133 i32)
  (local $134 i32)
  (local $135 i32)
  (local $136 i32)
  (local $137 i32)
  (local $138 i32)
  (local $139 v128)
  (local $140 v128)
  (local $141 v128)
  (local $142 v128)
  (local $143 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 26)
      (i32.lt_s
       (local.get $1)
       (i32.const 26)
      )
     )
    )
    (then
     (loop $block4
      (local.set $21
       (i32.mul
        (local.get $2)
        (i32.const 13)
       )
      )
      (local.set $4
       (i32.const 0)
      )
      (local.set $5
       (i32.const 0)
      )
      (block
       (local.set $143
        (i32.const 48)
       )
       (loop $panel0
        (local.set $3
         (local.get $21)
        )
        (block
         (local.set $118
          (i32.const 3)
         )
         (loop $rows1
          (local.set $6
           (i32.mul
            (local.get $3)
            (i32.const 9216)
           )
          )
          (local.set $7
           (local.get $5)
          )
          (local.set $10
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $11
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $12
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $13
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $14
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $15
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $16
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $17
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $8
           (i32.add
            (local.get $7)
            (i32.const 73728)
           )
          )
          (loop $k2
           (local.set $18
            (v128.load offset=256192384 align=4
             (local.get $7)
            )
           )
           (local.set $19
            (v128.load offset=256192400 align=4
             (local.get $7)
            )
           )
           (local.set $20
            (v128.load32_splat offset=253077376
             (local.get $6)
            )
           )
           (local.set $10
            (f32x4.add
             (local.get $10)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $11
            (f32x4.add
             (local.get $11)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=253086592
             (local.get $6)
            )
           )
           (local.set $12
            (f32x4.add
             (local.get $12)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $13
            (f32x4.add
             (local.get $13)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=253095808
             (local.get $6)
            )
           )
           (local.set $14
            (f32x4.add
             (local.get $14)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $15
            (f32x4.add
             (local.get $15)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=253105024
             (local.get $6)
            )
           )
           (local.set $16
            (f32x4.add
             (local.get $16)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $17
            (f32x4.add
             (local.get $17)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $6
            (i32.add
             (local.get $6)
             (i32.const 4)
            )
           )
           (local.set $7
            (i32.add
             (local.get $7)
             (i32.const 32)
            )
           )
           (br_if $k2
            (i32.ne
             (local.get $7)
             (local.get $8)
            )
           )
          )
          (local.set $9
           (i32.add
            (i32.mul
             (local.get $3)
             (i32.const 1536)
            )
            (i32.shl
             (local.get $4)
             (i32.const 2)
            )
           )
          )
          (v128.store offset=249863520 align=4
           (local.get $9)
           (block (result v128)
            (local.set $22
             (local.get $10)
            )
            (local.set $23
             (local.get $3)
            )
            (local.set $24
             (local.get $4)
            )
            (local.set $25
             (i32.div_u
              (local.get $23)
              (i32.const 169)
             )
            )
            (local.set $26
             (i32.rem_u
              (i32.div_u
               (local.get $23)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $27
             (i32.rem_u
              (local.get $23)
              (i32.const 13)
             )
            )
            (local.set $28
             (i32.add
              (i32.mul
               (local.get $23)
               (i32.const 384)
              )
              (local.get $24)
             )
            )
            (local.set $29
             (local.get $24)
            )
            (local.set $30
             (v128.load offset=6137344 align=4
              (i32.shl
               (local.get $29)
               (i32.const 2)
              )
             )
            )
            (local.set $31
             (f32x4.add
              (local.get $22)
              (local.get $30)
             )
            )
            (local.set $32
             (v128.and
              (f32x4.gt
               (local.get $31)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $33
             (v128.bitselect
              (local.get $31)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $32)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $33)
           )
          )
          (v128.store offset=249863536 align=4
           (local.get $9)
           (block (result v128)
            (local.set $34
             (local.get $11)
            )
            (local.set $35
             (local.get $3)
            )
            (local.set $36
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $37
             (i32.div_u
              (local.get $35)
              (i32.const 169)
             )
            )
            (local.set $38
             (i32.rem_u
              (i32.div_u
               (local.get $35)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $39
             (i32.rem_u
              (local.get $35)
              (i32.const 13)
             )
            )
            (local.set $40
             (i32.add
              (i32.mul
               (local.get $35)
               (i32.const 384)
              )
              (local.get $36)
             )
            )
            (local.set $41
             (local.get $36)
            )
            (local.set $42
             (v128.load offset=6137344 align=4
              (i32.shl
               (local.get $41)
               (i32.const 2)
              )
             )
            )
            (local.set $43
             (f32x4.add
              (local.get $34)
              (local.get $42)
             )
            )
            (local.set $44
             (v128.and
              (f32x4.gt
               (local.get $43)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $45
             (v128.bitselect
              (local.get $43)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $44)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $45)
           )
          )
          (v128.store offset=249865056 align=4
           (local.get $9)
           (block (result v128)
            (local.set $46
             (local.get $12)
            )
            (local.set $47
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $48
             (local.get $4)
            )
            (local.set $49
             (i32.div_u
              (local.get $47)
              (i32.const 169)
             )
            )
            (local.set $50
             (i32.rem_u
              (i32.div_u
               (local.get $47)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $51
             (i32.rem_u
              (local.get $47)
              (i32.const 13)
             )
            )
            (local.set $52
             (i32.add
              (i32.mul
               (local.get $47)
               (i32.const 384)
              )
              (local.get $48)
             )
            )
            (local.set $53
             (local.get $48)
            )
            (local.set $54
             (v128.load offset=6137344 align=4
              (i32.shl
               (local.get $53)
               (i32.const 2)
              )
             )
            )
            (local.set $55
             (f32x4.add
              (local.get $46)
              (local.get $54)
             )
            )
            (local.set $56
             (v128.and
              (f32x4.gt
               (local.get $55)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $57
             (v128.bitselect
              (local.get $55)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $56)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $57)
           )
          )
          (v128.store offset=249865072 align=4
           (local.get $9)
           (block (result v128)
            (local.set $58
             (local.get $13)
            )
            (local.set $59
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $60
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $61
             (i32.div_u
              (local.get $59)
              (i32.const 169)
             )
            )
            (local.set $62
             (i32.rem_u
              (i32.div_u
               (local.get $59)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $63
             (i32.rem_u
              (local.get $59)
              (i32.const 13)
             )
            )
            (local.set $64
             (i32.add
              (i32.mul
               (local.get $59)
               (i32.const 384)
              )
              (local.get $60)
             )
            )
            (local.set $65
             (local.get $60)
            )
            (local.set $66
             (v128.load offset=6137344 align=4
              (i32.shl
               (local.get $65)
               (i32.const 2)
              )
             )
            )
            (local.set $67
             (f32x4.add
              (local.get $58)
              (local.get $66)
             )
            )
            (local.set $68
             (v128.and
              (f32x4.gt
               (local.get $67)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $69
             (v128.bitselect
              (local.get $67)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $68)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $69)
           )
          )
          (v128.store offset=249866592 align=4
           (local.get $9)
           (block (result v128)
            (local.set $70
             (local.get $14)
            )
            (local.set $71
             (i32.add
              (local.get $3)
              (i32.const 2)
             )
            )
            (local.set $72
             (local.get $4)
            )
            (local.set $73
             (i32.div_u
              (local.get $71)
              (i32.const 169)
             )
            )
            (local.set $74
             (i32.rem_u
              (i32.div_u
               (local.get $71)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $75
             (i32.rem_u
              (local.get $71)
              (i32.const 13)
             )
            )
            (local.set $76
             (i32.add
              (i32.mul
               (local.get $71)
               (i32.const 384)
              )
              (local.get $72)
             )
            )
            (local.set $77
             (local.get $72)
            )
            (local.set $78
             (v128.load offset=6137344 align=4
              (i32.shl
               (local.get $77)
               (i32.const 2)
              )
             )
            )
            (local.set $79
             (f32x4.add
              (local.get $70)
              (local.get $78)
             )
            )
            (local.set $80
             (v128.and
              (f32x4.gt
               (local.get $79)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $81
             (v128.bitselect
              (local.get $79)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $80)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $81)
           )
          )
          (v128.store offset=249866608 align=4
           (local.get $9)
           (block (result v128)
            (local.set $82
             (local.get $15)
            )
            (local.set $83
             (i32.add
              (local.get $3)
              (i32.const 2)
             )
            )
            (local.set $84
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $85
             (i32.div_u
              (local.get $83)
              (i32.const 169)
             )
            )
            (local.set $86
             (i32.rem_u
              (i32.div_u
               (local.get $83)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $87
             (i32.rem_u
              (local.get $83)
              (i32.const 13)
             )
            )
            (local.set $88
             (i32.add
              (i32.mul
               (local.get $83)
               (i32.const 384)
              )
              (local.get $84)
             )
            )
            (local.set $89
             (local.get $84)
            )
            (local.set $90
             (v128.load offset=6137344 align=4
              (i32.shl
               (local.get $89)
               (i32.const 2)
              )
             )
            )
            (local.set $91
             (f32x4.add
              (local.get $82)
              (local.get $90)
             )
            )
            (local.set $92
             (v128.and
              (f32x4.gt
               (local.get $91)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $93
             (v128.bitselect
              (local.get $91)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $92)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $93)
           )
          )
          (v128.store offset=249868128 align=4
           (local.get $9)
           (block (result v128)
            (local.set $94
             (local.get $16)
            )
            (local.set $95
             (i32.add
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.set $96
             (local.get $4)
            )
            (local.set $97
             (i32.div_u
              (local.get $95)
              (i32.const 169)
             )
            )
            (local.set $98
             (i32.rem_u
              (i32.div_u
               (local.get $95)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $99
             (i32.rem_u
              (local.get $95)
              (i32.const 13)
             )
            )
            (local.set $100
             (i32.add
              (i32.mul
               (local.get $95)
               (i32.const 384)
              )
              (local.get $96)
             )
            )
            (local.set $101
             (local.get $96)
            )
            (local.set $102
             (v128.load offset=6137344 align=4
              (i32.shl
               (local.get $101)
               (i32.const 2)
              )
             )
            )
            (local.set $103
             (f32x4.add
              (local.get $94)
              (local.get $102)
             )
            )
            (local.set $104
             (v128.and
              (f32x4.gt
               (local.get $103)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $105
             (v128.bitselect
              (local.get $103)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $104)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $105)
           )
          )
          (v128.store offset=249868144 align=4
           (local.get $9)
           (block (result v128)
            (local.set $106
             (local.get $17)
            )
            (local.set $107
             (i32.add
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.set $108
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $109
             (i32.div_u
              (local.get $107)
              (i32.const 169)
             )
            )
            (local.set $110
             (i32.rem_u
              (i32.div_u
               (local.get $107)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $111
             (i32.rem_u
              (local.get $107)
              (i32.const 13)
             )
            )
            (local.set $112
             (i32.add
              (i32.mul
               (local.get $107)
               (i32.const 384)
              )
              (local.get $108)
             )
            )
            (local.set $113
             (local.get $108)
            )
            (local.set $114
             (v128.load offset=6137344 align=4
              (i32.shl
               (local.get $113)
               (i32.const 2)
              )
             )
            )
            (local.set $115
             (f32x4.add
              (local.get $106)
              (local.get $114)
             )
            )
            (local.set $116
             (v128.and
              (f32x4.gt
               (local.get $115)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $117
             (v128.bitselect
              (local.get $115)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $116)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $117)
           )
          )
          (local.set $3
           (i32.add
            (local.get $3)
            (i32.const 4)
           )
          )
          (br_if $rows1
           (i32.ne
            (local.tee $118
             (i32.sub
              (local.get $118)
              (i32.const 1)
             )
            )
            (i32.const 0)
           )
          )
         )
        )
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 9216)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 73728)
         )
        )
        (loop $k3
         (local.set $18
          (v128.load offset=256192384 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=256192400 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=253077376
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 32)
          )
         )
         (br_if $k3
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 1536)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=249863520 align=4
         (local.get $9)
         (block (result v128)
          (local.set $119
           (local.get $10)
          )
          (local.set $120
           (local.get $3)
          )
          (local.set $121
           (local.get $4)
          )
          (local.set $122
           (i32.div_u
            (local.get $120)
            (i32.const 169)
           )
          )
          (local.set $123
           (i32.rem_u
            (i32.div_u
             (local.get $120)
             (i32.const 13)
            )
            (i32.const 13)
           )
          )
          (local.set $124
           (i32.rem_u
            (local.get $120)
            (i32.const 13)
           )
          )
          (local.set $125
           (i32.add
            (i32.mul
             (local.get $120)
             (i32.const 384)
            )
            (local.get $121)
           )
          )
          (local.set $126
           (local.get $121)
          )
          (local.set $127
           (v128.load offset=6137344 align=4
            (i32.shl
             (local.get $126)
             (i32.const 2)
            )
           )
          )
          (local.set $128
           (f32x4.add
            (local.get $119)
            (local.get $127)
           )
          )
          (local.set $129
           (v128.and
            (f32x4.gt
             (local.get $128)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $130
           (v128.bitselect
            (local.get $128)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $129)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $130)
         )
        )
        (v128.store offset=249863536 align=4
         (local.get $9)
         (block (result v128)
          (local.set $131
           (local.get $11)
          )
          (local.set $132
           (local.get $3)
          )
          (local.set $133
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $134
           (i32.div_u
            (local.get $132)
            (i32.const 169)
           )
          )
          (local.set $135
           (i32.rem_u
            (i32.div_u
             (local.get $132)
             (i32.const 13)
            )
            (i32.const 13)
           )
          )
          (local.set $136
           (i32.rem_u
            (local.get $132)
            (i32.const 13)
           )
          )
          (local.set $137
           (i32.add
            (i32.mul
             (local.get $132)
             (i32.const 384)
            )
            (local.get $133)
           )
          )
          (local.set $138
           (local.get $133)
          )
          (local.set $139
           (v128.load offset=6137344 align=4
            (i32.shl
             (local.get $138)
             (i32.const 2)
            )
           )
          )
          (local.set $140
           (f32x4.add
            (local.get $131)
            (local.get $139)
           )
          )
          (local.set $141
           (v128.and
            (f32x4.gt
             (local.get $140)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $142
           (v128.bitselect
            (local.get $140)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $141)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $142)
         )
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 8)
         )
        )
        (local.set $5
         (i32.add
          (local.get $5)
          (i32.const 73728)
         )
        )
        (br_if $panel0
         (i32.ne
          (local.tee $143
           (i32.sub
            (local.get $143)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $block4
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 26)
         (i32.lt_s
          (local.get $1)
          (i32.const 26)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k4_conv3_conv2d_add_compare_where_gemm_pack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local.set $21
   (i32.const 0)
  )
  (local.set $22
   (i32.const 0)
  )
  (block
   (local.set $25
    (i32.const 2304)
   )
   (loop $packk0
    (block
     (local.set $2
      (local.get $0)
     )
     (if
      (i32.lt_s
       (local.get $2)
       (select
        (local.get $1)
        (i32.const 48)
        (i32.lt_s
         (local.get $1)
         (i32.const 48)
        )
       )
      )
      (then
       (loop $packp1
        (local.set $23
         (i32.add
          (local.get $21)
          (i32.mul
           (local.get $2)
           (i32.const 32)
          )
         )
        )
        (local.set $24
         (i32.add
          (i32.mul
           (local.get $22)
           (i32.const 32)
          )
          (i32.mul
           (local.get $2)
           (i32.const 73728)
          )
         )
        )
        (v128.store offset=256192384 align=4
         (local.get $24)
         (v128.load offset=2598400 align=4
          (local.get $23)
         )
        )
        (v128.store offset=256192400 align=4
         (local.get $24)
         (v128.load offset=2598416 align=4
          (local.get $23)
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 1)
         )
        )
        (br_if $packp1
         (i32.lt_s
          (local.get $2)
          (select
           (local.get $1)
           (i32.const 48)
           (i32.lt_s
            (local.get $1)
            (i32.const 48)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $21
     (i32.add
      (local.get $21)
      (i32.const 1536)
     )
    )
    (local.set $22
     (i32.add
      (local.get $22)
      (i32.const 1)
     )
    )
    (br_if $packk0
     (i32.ne
      (local.tee $25
       (i32.sub
        (local.get $25)
        (i32.const 1)
       )
      )
      (i32.const 0)
     )
    )
   )
  )
 )
 (func $k4_conv3_conv2d_add_compare_where (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 f32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 v128)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (if
   (i32.eq
    (local.get $0)
    (i32.const 0)
   )
   (then
    (i32.store
     (i32.const 259731328)
     (i32.ge_s
      (call $first_non_finite
       (i32.const 2598400)
       (i32.const 884736)
      )
      (i32.const 0)
     )
    )
   )
   (else
    (if
     (i32.eq
      (local.get $0)
      (i32.const 1)
     )
     (then
      (if
       (i32.eqz
        (i32.load
         (i32.const 259731328)
        )
       )
       (then
        (call $k4_conv3_conv2d_add_compare_where_gemm_pack
         (local.get $1)
         (local.get $2)
        )
       )
      )
     )
     (else
      (if
       (i32.eq
        (local.get $0)
        (i32.const 2)
       )
       (then
        (if
         (i32.eqz
          (i32.load
           (i32.const 259731328)
          )
         )
         (then
          (block
           (local.set $3
            (local.get $1)
           )
           (if
            (i32.lt_s
             (local.get $3)
             (select
              (local.get $2)
              (i32.const 26)
              (i32.lt_s
               (local.get $2)
               (i32.const 26)
              )
             )
            )
            (then
             (loop $block4
              (local.set $4
               (i32.mul
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $5
               (i32.add
                (local.get $4)
                (i32.const 1)
               )
              )
              (block
               (local.set $17
                (local.get $4)
               )
               (if
                (i32.lt_s
                 (local.get $17)
                 (select
                  (local.get $5)
                  (i32.const 26)
                  (i32.lt_s
                   (local.get $5)
                   (i32.const 26)
                  )
                 )
                )
                (then
                 (loop $tile3
                  (local.set $6
                   (i32.div_u
                    (local.get $17)
                    (i32.const 13)
                   )
                  )
                  (local.set $7
                   (i32.rem_u
                    (local.get $17)
                    (i32.const 13)
                   )
                  )
                  (local.set $16
                   (i32.mul
                    (local.get $17)
                    (i32.const 13)
                   )
                  )
                  (block
                   (local.set $8
                    (i32.const 0)
                   )
                   (loop $for2
                    (local.set $13
                     (i32.sub
                      (i32.mul
                       (local.get $8)
                       (i32.const 1)
                      )
                      (i32.const 1)
                     )
                    )
                    (block
                     (local.set $9
                      (i32.const 0)
                     )
                     (loop $for1
                      (local.set $11
                       (i32.add
                        (i32.mul
                         (local.get $7)
                         (i32.const 1)
                        )
                        (i32.sub
                         (i32.mul
                          (local.get $9)
                          (i32.const 1)
                         )
                         (i32.const 1)
                        )
                       )
                      )
                      (if
                       (i32.lt_u
                        (local.get $11)
                        (i32.const 13)
                       )
                       (then
                        (if
                         (i32.le_u
                          (local.get $13)
                          (i32.const 10)
                         )
                         (then
                          (local.set $14
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $6)
                                (i32.const 13)
                               )
                               (local.get $11)
                              )
                              (i32.const 13)
                             )
                             (local.get $13)
                            )
                            (i32.const 1024)
                           )
                          )
                          (local.set $15
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $16)
                                (i32.const 3)
                               )
                               (local.get $9)
                              )
                              (i32.const 3)
                             )
                             (i32.const 0)
                            )
                            (i32.const 1024)
                           )
                          )
                          (memory.copy
                           (i32.add
                            (local.get $15)
                            (i32.const 253077376)
                           )
                           (i32.add
                            (local.get $14)
                            (i32.const 249517408)
                           )
                           (i32.const 3072)
                          )
                         )
                         (else
                          (local.set $10
                           (i32.const 0)
                          )
                          (loop $for0
                           (local.set $12
                            (i32.add
                             (local.get $13)
                             (i32.mul
                              (local.get $10)
                              (i32.const 1)
                             )
                            )
                           )
                           (local.set $15
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (local.get $16)
                                 (i32.const 3)
                                )
                                (local.get $9)
                               )
                               (i32.const 3)
                              )
                              (local.get $10)
                             )
                             (i32.const 1024)
                            )
                           )
                           (if
                            (i32.lt_u
                             (local.get $12)
                             (i32.const 13)
                            )
                            (then
                             (local.set $14
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (i32.add
                                  (i32.mul
                                   (local.get $6)
                                   (i32.const 13)
                                  )
                                  (local.get $11)
                                 )
                                 (i32.const 13)
                                )
                                (local.get $12)
                               )
                               (i32.const 1024)
                              )
                             )
                             (memory.copy
                              (i32.add
                               (local.get $15)
                               (i32.const 253077376)
                              )
                              (i32.add
                               (local.get $14)
                               (i32.const 249517408)
                              )
                              (i32.const 1024)
                             )
                            )
                            (else
                             (memory.fill
                              (i32.add
                               (local.get $15)
                               (i32.const 253077376)
                              )
                              (i32.const 0)
                              (i32.const 1024)
                             )
                            )
                           )
                           (local.set $10
                            (i32.add
                             (local.get $10)
                             (i32.const 1)
                            )
                           )
                           (br_if $for0
                            (i32.lt_s
                             (local.get $10)
                             (i32.const 3)
                            )
                           )
                          )
                         )
                        )
                       )
                       (else
                        (local.set $15
                         (i32.mul
                          (i32.add
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (local.get $16)
                              (i32.const 3)
                             )
                             (local.get $9)
                            )
                            (i32.const 3)
                           )
                           (i32.const 0)
                          )
                          (i32.const 1024)
                         )
                        )
                        (memory.fill
                         (i32.add
                          (local.get $15)
                          (i32.const 253077376)
                         )
                         (i32.const 0)
                         (i32.const 3072)
                        )
                       )
                      )
                      (local.set $9
                       (i32.add
                        (local.get $9)
                        (i32.const 1)
                       )
                      )
                      (br_if $for1
                       (i32.lt_s
                        (local.get $9)
                        (i32.const 3)
                       )
                      )
                     )
                    )
                    (local.set $16
                     (i32.add
                      (local.get $16)
                      (i32.const 1)
                     )
                    )
                    (local.set $8
                     (i32.add
                      (local.get $8)
                      (i32.const 1)
                     )
                    )
                    (br_if $for2
                     (i32.lt_s
                      (local.get $8)
                      (i32.const 13)
                     )
                    )
                   )
                  )
                  (local.set $17
                   (i32.add
                    (local.get $17)
                    (i32.const 1)
                   )
                  )
                  (br_if $tile3
                   (i32.lt_s
                    (local.get $17)
                    (select
                     (local.get $5)
                     (i32.const 26)
                     (i32.lt_s
                      (local.get $5)
                      (i32.const 26)
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
              (call $k4_conv3_conv2d_add_compare_where_gemm
               (local.get $3)
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $3
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (br_if $block4
               (i32.lt_s
                (local.get $3)
                (select
                 (local.get $2)
                 (i32.const 26)
                 (i32.lt_s
                  (local.get $2)
                  (i32.const 26)
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
       (else
        (if
         (i32.eq
          (local.get $0)
          (i32.const 3)
         )
         (then
          (if
           (i32.load
            (i32.const 259731328)
           )
           (then
            (local.set $1
             (i32.const 0)
            )
            (local.set $2
             (i32.const 2)
            )
            (memory.fill
             (i32.const 249863520)
             (i32.const 0)
             (i32.const 519168)
            )
            (block
             (local.set $24
              (local.get $1)
             )
             (if
              (i32.lt_s
               (local.get $24)
               (select
                (local.get $2)
                (i32.const 2)
                (i32.lt_s
                 (local.get $2)
                 (i32.const 2)
                )
               )
              )
              (then
               (loop $tile13
                (local.set $34
                 (i32.mul
                  (local.get $24)
                  (i32.const 169)
                 )
                )
                (block
                 (local.set $25
                  (i32.const 0)
                 )
                 (loop $for12
                  (block
                   (local.set $26
                    (i32.const 0)
                   )
                   (loop $for11
                    (local.set $31
                     (i32.sub
                      (i32.mul
                       (local.get $26)
                       (i32.const 1)
                      )
                      (i32.const 1)
                     )
                    )
                    (block
                     (local.set $27
                      (i32.const 0)
                     )
                     (loop $for10
                      (local.set $29
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (i32.const 1)
                        )
                        (i32.sub
                         (i32.mul
                          (local.get $27)
                          (i32.const 1)
                         )
                         (i32.const 1)
                        )
                       )
                      )
                      (if
                       (i32.lt_u
                        (local.get $29)
                        (i32.const 13)
                       )
                       (then
                        (if
                         (i32.le_u
                          (local.get $31)
                          (i32.const 10)
                         )
                         (then
                          (local.set $32
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $24)
                                (i32.const 13)
                               )
                               (local.get $29)
                              )
                              (i32.const 13)
                             )
                             (local.get $31)
                            )
                            (i32.const 1024)
                           )
                          )
                          (local.set $33
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $34)
                                (i32.const 3)
                               )
                               (local.get $27)
                              )
                              (i32.const 3)
                             )
                             (i32.const 0)
                            )
                            (i32.const 1024)
                           )
                          )
                          (block
                           (local.set $18
                            (i32.const 0)
                           )
                           (loop $for9
                            (local.set $23
                             (f32.load offset=249517408
                              (i32.add
                               (local.get $32)
                               (i32.shl
                                (local.get $18)
                                (i32.const 2)
                               )
                              )
                             )
                            )
                            (local.set $20
                             (i32.div_u
                              (i32.shr_u
                               (local.get $33)
                               (i32.const 2)
                              )
                              (i32.const 2304)
                             )
                            )
                            (local.set $21
                             (i32.add
                              (i32.rem_u
                               (i32.shr_u
                                (local.get $33)
                                (i32.const 2)
                               )
                               (i32.const 2304)
                              )
                              (local.get $18)
                             )
                            )
                            (block
                             (local.set $19
                              (i32.const 0)
                             )
                             (loop $for8
                              (local.set $22
                               (i32.shl
                                (i32.add
                                 (i32.mul
                                  (local.get $20)
                                  (i32.const 384)
                                 )
                                 (local.get $19)
                                )
                                (i32.const 2)
                               )
                              )
                              (f32.store offset=249863520
                               (local.get $22)
                               (f32.add
                                (f32.load offset=249863520
                                 (local.get $22)
                                )
                                (f32.mul
                                 (local.get $23)
                                 (f32.load offset=2598400
                                  (i32.shl
                                   (i32.add
                                    (i32.mul
                                     (local.get $21)
                                     (i32.const 384)
                                    )
                                    (local.get $19)
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                )
                               )
                              )
                              (local.set $19
                               (i32.add
                                (local.get $19)
                                (i32.const 1)
                               )
                              )
                              (br_if $for8
                               (i32.lt_s
                                (local.get $19)
                                (i32.const 384)
                               )
                              )
                             )
                            )
                            (local.set $18
                             (i32.add
                              (local.get $18)
                              (i32.const 1)
                             )
                            )
                            (br_if $for9
                             (i32.lt_s
                              (local.get $18)
                              (i32.const 768)
                             )
                            )
                           )
                          )
                         )
                         (else
                          (local.set $28
                           (i32.const 0)
                          )
                          (loop $for7
                           (local.set $30
                            (i32.add
                             (local.get $31)
                             (i32.mul
                              (local.get $28)
                              (i32.const 1)
                             )
                            )
                           )
                           (local.set $33
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (local.get $34)
                                 (i32.const 3)
                                )
                                (local.get $27)
                               )
                               (i32.const 3)
                              )
                              (local.get $28)
                             )
                             (i32.const 1024)
                            )
                           )
                           (if
                            (i32.lt_u
                             (local.get $30)
                             (i32.const 13)
                            )
                            (then
                             (local.set $32
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (i32.add
                                  (i32.mul
                                   (local.get $24)
                                   (i32.const 13)
                                  )
                                  (local.get $29)
                                 )
                                 (i32.const 13)
                                )
                                (local.get $30)
                               )
                               (i32.const 1024)
                              )
                             )
                             (block
                              (local.set $18
                               (i32.const 0)
                              )
                              (loop $for6
                               (local.set $23
                                (f32.load offset=249517408
                                 (i32.add
                                  (local.get $32)
                                  (i32.shl
                                   (local.get $18)
                                   (i32.const 2)
                                  )
                                 )
                                )
                               )
                               (local.set $20
                                (i32.div_u
                                 (i32.shr_u
                                  (local.get $33)
                                  (i32.const 2)
                                 )
                                 (i32.const 2304)
                                )
                               )
                               (local.set $21
                                (i32.add
                                 (i32.rem_u
                                  (i32.shr_u
                                   (local.get $33)
                                   (i32.const 2)
                                  )
                                  (i32.const 2304)
                                 )
                                 (local.get $18)
                                )
                               )
                               (block
                                (local.set $19
                                 (i32.const 0)
                                )
                                (loop $for5
                                 (local.set $22
                                  (i32.shl
                                   (i32.add
                                    (i32.mul
                                     (local.get $20)
                                     (i32.const 384)
                                    )
                                    (local.get $19)
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                 (f32.store offset=249863520
                                  (local.get $22)
                                  (f32.add
                                   (f32.load offset=249863520
                                    (local.get $22)
                                   )
                                   (f32.mul
                                    (local.get $23)
                                    (f32.load offset=2598400
                                     (i32.shl
                                      (i32.add
                                       (i32.mul
                                        (local.get $21)
                                        (i32.const 384)
                                       )
                                       (local.get $19)
                                      )
                                      (i32.const 2)
                                     )
                                    )
                                   )
                                  )
                                 )
                                 (local.set $19
                                  (i32.add
                                   (local.get $19)
                                   (i32.const 1)
                                  )
                                 )
                                 (br_if $for5
                                  (i32.lt_s
                                   (local.get $19)
                                   (i32.const 384)
                                  )
                                 )
                                )
                               )
                               (local.set $18
                                (i32.add
                                 (local.get $18)
                                 (i32.const 1)
                                )
                               )
                               (br_if $for6
                                (i32.lt_s
                                 (local.get $18)
                                 (i32.const 256)
                                )
                               )
                              )
                             )
                            )
                           )
                           (local.set $28
                            (i32.add
                             (local.get $28)
                             (i32.const 1)
                            )
                           )
                           (br_if $for7
                            (i32.lt_s
                             (local.get $28)
                             (i32.const 3)
                            )
                           )
                          )
                         )
                        )
                       )
                      )
                      (local.set $27
                       (i32.add
                        (local.get $27)
                        (i32.const 1)
                       )
                      )
                      (br_if $for10
                       (i32.lt_s
                        (local.get $27)
                        (i32.const 3)
                       )
                      )
                     )
                    )
                    (local.set $34
                     (i32.add
                      (local.get $34)
                      (i32.const 1)
                     )
                    )
                    (local.set $26
                     (i32.add
                      (local.get $26)
                      (i32.const 1)
                     )
                    )
                    (br_if $for11
                     (i32.lt_s
                      (local.get $26)
                      (i32.const 13)
                     )
                    )
                   )
                  )
                  (local.set $25
                   (i32.add
                    (local.get $25)
                    (i32.const 1)
                   )
                  )
                  (br_if $for12
                   (i32.lt_s
                    (local.get $25)
                    (i32.const 13)
                   )
                  )
                 )
                )
                (local.set $24
                 (i32.add
                  (local.get $24)
                  (i32.const 1)
                 )
                )
                (br_if $tile13
                 (i32.lt_s
                  (local.get $24)
                  (select
                   (local.get $2)
                   (i32.const 2)
                   (i32.lt_s
                    (local.get $2)
                    (i32.const 2)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
         (else
          (if
           (i32.load
            (i32.const 259731328)
           )
           (then
            (block
             (local.set $35
              (local.get $1)
             )
             (if
              (i32.lt_s
               (local.get $35)
               (select
                (local.get $2)
                (i32.const 2)
                (i32.lt_s
                 (local.get $2)
                 (i32.const 2)
                )
               )
              )
              (then
               (loop $tile17
                (block
                 (local.set $36
                  (i32.const 0)
                 )
                 (loop $for16
                  (block
                   (local.set $37
                    (i32.const 0)
                   )
                   (loop $for15
                    (block
                     (local.set $38
                      (i32.const 0)
                     )
                     (loop $for14
                      (local.set $39
                       (i32.add
                        (i32.add
                         (i32.add
                          (i32.mul
                           (local.get $35)
                           (i32.const 64896)
                          )
                          (i32.mul
                           (local.get $36)
                           (i32.const 4992)
                          )
                         )
                         (i32.mul
                          (local.get $37)
                          (i32.const 384)
                         )
                        )
                        (local.get $38)
                       )
                      )
                      (local.set $40
                       (v128.load offset=249863520 align=4
                        (i32.shl
                         (local.get $39)
                         (i32.const 2)
                        )
                       )
                      )
                      (local.set $41
                       (local.get $38)
                      )
                      (local.set $42
                       (v128.load offset=6137344 align=4
                        (i32.shl
                         (local.get $41)
                         (i32.const 2)
                        )
                       )
                      )
                      (local.set $43
                       (f32x4.add
                        (local.get $40)
                        (local.get $42)
                       )
                      )
                      (local.set $44
                       (v128.and
                        (f32x4.gt
                         (local.get $43)
                         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                        )
                        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
                       )
                      )
                      (local.set $45
                       (v128.bitselect
                        (local.get $43)
                        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                        (f32x4.ne
                         (local.get $44)
                         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                        )
                       )
                      )
                      (v128.store offset=249863520 align=4
                       (i32.shl
                        (local.get $39)
                        (i32.const 2)
                       )
                       (local.get $45)
                      )
                      (local.set $38
                       (i32.add
                        (local.get $38)
                        (i32.const 4)
                       )
                      )
                      (br_if $for14
                       (i32.lt_s
                        (local.get $38)
                        (i32.const 384)
                       )
                      )
                     )
                    )
                    (local.set $37
                     (i32.add
                      (local.get $37)
                      (i32.const 1)
                     )
                    )
                    (br_if $for15
                     (i32.lt_s
                      (local.get $37)
                      (i32.const 13)
                     )
                    )
                   )
                  )
                  (local.set $36
                   (i32.add
                    (local.get $36)
                    (i32.const 1)
                   )
                  )
                  (br_if $for16
                   (i32.lt_s
                    (local.get $36)
                    (i32.const 13)
                   )
                  )
                 )
                )
                (local.set $35
                 (i32.add
                  (local.get $35)
                  (i32.const 1)
                 )
                )
                (br_if $tile17
                 (i32.lt_s
                  (local.get $35)
                  (select
                   (local.get $2)
                   (i32.const 2)
                   (i32.lt_s
                    (local.get $2)
                    (i32.const 2)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k5_conv4_conv2d_add_compare_where_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 i32)
  (local $77 i32)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 v128)
  (local $82 v128)
  (local $83 i32)
  (local $84 i32)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 i32)
  (local $90 v128)
  (local $91 v128)
  (local $92 v128)
  (local $93 v128)
  (local $94 v128)
  (local $95 i32)
  (local $96 i32)
  (local $97 i32)
  (local $98 i32)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 v128)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 i32)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
  (local $111 i32)
  (local $112 i32)
  (local $113 i32)
  (local $114 v128)
  (local $115 v128)
  (local $116 v128)
  (local $117 v128)
  (local $118 i32)
  (local $119 v128)
  (local $120 i32)
  (local $121 i32)
  (local $122 i32)
  (local $123 i32)
  (local $124 i32)
  (local $125 i32)
  (local $126 i32)
  (local $127 v128)
  (local $128 v128)
  (local $129 v128)
  (local $130 v128)
  (local $131 v128)
  (local $132 i32)
  (local $133 i32)
  (local $134 i32)
  (local $135 i32)
  (local $136 i32)
  (local $137 i32)
  (local $138 i32)
  (local $139 v128)
  (local $140 v128)
  (local $141 v128)
  (local $142 v128)
  (local $143 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 26)
      (i32.lt_s
       (local.get $1)
       (i32.const 26)
      )
     )
    )
    (then
     (loop $block4
      (local.set $21
       (i32.mul
        (local.get $2)
        (i32.const 13)
       )
      )
      (local.set $4
       (i32.const 0)
      )
      (local.set $5
       (i32.const 0)
      )
      (block
       (local.set $143
        (i32.const 48)
       )
       (loop $panel0
        (local.set $3
         (local.get $21)
        )
        (block
         (local.set $118
          (i32.const 3)
         )
         (loop $rows1
          (local.set $6
           (i32.mul
            (local.get $3)
            (i32.const 13824)
           )
          )
          (local.set $7
           (local.get $5)
          )
          (local.set $10
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $11
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $12
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $13
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $14
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $15
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $16
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $17
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $8
           (i32.add
            (local.get $7)
            (i32.const 110592)
           )
          )
          (loop $k2
           (local.set $18
            (v128.load offset=257749888 align=4
             (local.get $7)
            )
           )
           (local.set $19
            (v128.load offset=257749904 align=4
             (local.get $7)
            )
           )
           (local.set $20
            (v128.load32_splat offset=253077376
             (local.get $6)
            )
           )
           (local.set $10
            (f32x4.add
             (local.get $10)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $11
            (f32x4.add
             (local.get $11)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=253091200
             (local.get $6)
            )
           )
           (local.set $12
            (f32x4.add
             (local.get $12)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $13
            (f32x4.add
             (local.get $13)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=253105024
             (local.get $6)
            )
           )
           (local.set $14
            (f32x4.add
             (local.get $14)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $15
            (f32x4.add
             (local.get $15)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=253118848
             (local.get $6)
            )
           )
           (local.set $16
            (f32x4.add
             (local.get $16)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $17
            (f32x4.add
             (local.get $17)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $6
            (i32.add
             (local.get $6)
             (i32.const 4)
            )
           )
           (local.set $7
            (i32.add
             (local.get $7)
             (i32.const 32)
            )
           )
           (br_if $k2
            (i32.ne
             (local.get $7)
             (local.get $8)
            )
           )
          )
          (local.set $9
           (i32.add
            (i32.mul
             (local.get $3)
             (i32.const 1536)
            )
            (i32.shl
             (local.get $4)
             (i32.const 2)
            )
           )
          )
          (v128.store offset=250754128 align=4
           (local.get $9)
           (block (result v128)
            (local.set $22
             (local.get $10)
            )
            (local.set $23
             (local.get $3)
            )
            (local.set $24
             (local.get $4)
            )
            (local.set $25
             (i32.div_u
              (local.get $23)
              (i32.const 169)
             )
            )
            (local.set $26
             (i32.rem_u
              (i32.div_u
               (local.get $23)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $27
             (i32.rem_u
              (local.get $23)
              (i32.const 13)
             )
            )
            (local.set $28
             (i32.add
              (i32.mul
               (local.get $23)
               (i32.const 384)
              )
              (local.get $24)
             )
            )
            (local.set $29
             (local.get $24)
            )
            (local.set $30
             (v128.load offset=11447296 align=4
              (i32.shl
               (local.get $29)
               (i32.const 2)
              )
             )
            )
            (local.set $31
             (f32x4.add
              (local.get $22)
              (local.get $30)
             )
            )
            (local.set $32
             (v128.and
              (f32x4.gt
               (local.get $31)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $33
             (v128.bitselect
              (local.get $31)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $32)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $33)
           )
          )
          (v128.store offset=250754144 align=4
           (local.get $9)
           (block (result v128)
            (local.set $34
             (local.get $11)
            )
            (local.set $35
             (local.get $3)
            )
            (local.set $36
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $37
             (i32.div_u
              (local.get $35)
              (i32.const 169)
             )
            )
            (local.set $38
             (i32.rem_u
              (i32.div_u
               (local.get $35)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $39
             (i32.rem_u
              (local.get $35)
              (i32.const 13)
             )
            )
            (local.set $40
             (i32.add
              (i32.mul
               (local.get $35)
               (i32.const 384)
              )
              (local.get $36)
             )
            )
            (local.set $41
             (local.get $36)
            )
            (local.set $42
             (v128.load offset=11447296 align=4
              (i32.shl
               (local.get $41)
               (i32.const 2)
              )
             )
            )
            (local.set $43
             (f32x4.add
              (local.get $34)
              (local.get $42)
             )
            )
            (local.set $44
             (v128.and
              (f32x4.gt
               (local.get $43)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $45
             (v128.bitselect
              (local.get $43)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $44)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $45)
           )
          )
          (v128.store offset=250755664 align=4
           (local.get $9)
           (block (result v128)
            (local.set $46
             (local.get $12)
            )
            (local.set $47
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $48
             (local.get $4)
            )
            (local.set $49
             (i32.div_u
              (local.get $47)
              (i32.const 169)
             )
            )
            (local.set $50
             (i32.rem_u
              (i32.div_u
               (local.get $47)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $51
             (i32.rem_u
              (local.get $47)
              (i32.const 13)
             )
            )
            (local.set $52
             (i32.add
              (i32.mul
               (local.get $47)
               (i32.const 384)
              )
              (local.get $48)
             )
            )
            (local.set $53
             (local.get $48)
            )
            (local.set $54
             (v128.load offset=11447296 align=4
              (i32.shl
               (local.get $53)
               (i32.const 2)
              )
             )
            )
            (local.set $55
             (f32x4.add
              (local.get $46)
              (local.get $54)
             )
            )
            (local.set $56
             (v128.and
              (f32x4.gt
               (local.get $55)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $57
             (v128.bitselect
              (local.get $55)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $56)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $57)
           )
          )
          (v128.store offset=250755680 align=4
           (local.get $9)
           (block (result v128)
            (local.set $58
             (local.get $13)
            )
            (local.set $59
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $60
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $61
             (i32.div_u
              (local.get $59)
              (i32.const 169)
             )
            )
            (local.set $62
             (i32.rem_u
              (i32.div_u
               (local.get $59)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $63
             (i32.rem_u
              (local.get $59)
              (i32.const 13)
             )
            )
            (local.set $64
             (i32.add
              (i32.mul
               (local.get $59)
               (i32.const 384)
              )
              (local.get $60)
             )
            )
            (local.set $65
             (local.get $60)
            )
            (local.set $66
             (v128.load offset=11447296 align=4
              (i32.shl
               (local.get $65)
               (i32.const 2)
              )
             )
            )
            (local.set $67
             (f32x4.add
              (local.get $58)
              (local.get $66)
             )
            )
            (local.set $68
             (v128.and
              (f32x4.gt
               (local.get $67)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $69
             (v128.bitselect
              (local.get $67)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $68)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $69)
           )
          )
          (v128.store offset=250757200 align=4
           (local.get $9)
           (block (result v128)
            (local.set $70
             (local.get $14)
            )
            (local.set $71
             (i32.add
              (local.get $3)
              (i32.const 2)
             )
            )
            (local.set $72
             (local.get $4)
            )
            (local.set $73
             (i32.div_u
              (local.get $71)
              (i32.const 169)
             )
            )
            (local.set $74
             (i32.rem_u
              (i32.div_u
               (local.get $71)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $75
             (i32.rem_u
              (local.get $71)
              (i32.const 13)
             )
            )
            (local.set $76
             (i32.add
              (i32.mul
               (local.get $71)
               (i32.const 384)
              )
              (local.get $72)
             )
            )
            (local.set $77
             (local.get $72)
            )
            (local.set $78
             (v128.load offset=11447296 align=4
              (i32.shl
               (local.get $77)
               (i32.const 2)
              )
             )
            )
            (local.set $79
             (f32x4.add
              (local.get $70)
              (local.get $78)
             )
            )
            (local.set $80
             (v128.and
              (f32x4.gt
               (local.get $79)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $81
             (v128.bitselect
              (local.get $79)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $80)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $81)
           )
          )
          (v128.store offset=250757216 align=4
           (local.get $9)
           (block (result v128)
            (local.set $82
             (local.get $15)
            )
            (local.set $83
             (i32.add
              (local.get $3)
              (i32.const 2)
             )
            )
            (local.set $84
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $85
             (i32.div_u
              (local.get $83)
              (i32.const 169)
             )
            )
            (local.set $86
             (i32.rem_u
              (i32.div_u
               (local.get $83)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $87
             (i32.rem_u
              (local.get $83)
              (i32.const 13)
             )
            )
            (local.set $88
             (i32.add
              (i32.mul
               (local.get $83)
               (i32.const 384)
              )
              (local.get $84)
             )
            )
            (local.set $89
             (local.get $84)
            )
            (local.set $90
             (v128.load offset=11447296 align=4
              (i32.shl
               (local.get $89)
               (i32.const 2)
              )
             )
            )
            (local.set $91
             (f32x4.add
              (local.get $82)
              (local.get $90)
             )
            )
            (local.set $92
             (v128.and
              (f32x4.gt
               (local.get $91)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $93
             (v128.bitselect
              (local.get $91)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $92)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $93)
           )
          )
          (v128.store offset=250758736 align=4
           (local.get $9)
           (block (result v128)
            (local.set $94
             (local.get $16)
            )
            (local.set $95
             (i32.add
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.set $96
             (local.get $4)
            )
            (local.set $97
             (i32.div_u
              (local.get $95)
              (i32.const 169)
             )
            )
            (local.set $98
             (i32.rem_u
              (i32.div_u
               (local.get $95)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $99
             (i32.rem_u
              (local.get $95)
              (i32.const 13)
             )
            )
            (local.set $100
             (i32.add
              (i32.mul
               (local.get $95)
               (i32.const 384)
              )
              (local.get $96)
             )
            )
            (local.set $101
             (local.get $96)
            )
            (local.set $102
             (v128.load offset=11447296 align=4
              (i32.shl
               (local.get $101)
               (i32.const 2)
              )
             )
            )
            (local.set $103
             (f32x4.add
              (local.get $94)
              (local.get $102)
             )
            )
            (local.set $104
             (v128.and
              (f32x4.gt
               (local.get $103)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $105
             (v128.bitselect
              (local.get $103)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $104)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $105)
           )
          )
          (v128.store offset=250758752 align=4
           (local.get $9)
           (block (result v128)
            (local.set $106
             (local.get $17)
            )
            (local.set $107
             (i32.add
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.set $108
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $109
             (i32.div_u
              (local.get $107)
              (i32.const 169)
             )
            )
            (local.set $110
             (i32.rem_u
              (i32.div_u
               (local.get $107)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $111
             (i32.rem_u
              (local.get $107)
              (i32.const 13)
             )
            )
            (local.set $112
             (i32.add
              (i32.mul
               (local.get $107)
               (i32.const 384)
              )
              (local.get $108)
             )
            )
            (local.set $113
             (local.get $108)
            )
            (local.set $114
             (v128.load offset=11447296 align=4
              (i32.shl
               (local.get $113)
               (i32.const 2)
              )
             )
            )
            (local.set $115
             (f32x4.add
              (local.get $106)
              (local.get $114)
             )
            )
            (local.set $116
             (v128.and
              (f32x4.gt
               (local.get $115)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $117
             (v128.bitselect
              (local.get $115)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $116)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $117)
           )
          )
          (local.set $3
           (i32.add
            (local.get $3)
            (i32.const 4)
           )
          )
          (br_if $rows1
           (i32.ne
            (local.tee $118
             (i32.sub
              (local.get $118)
              (i32.const 1)
             )
            )
            (i32.const 0)
           )
          )
         )
        )
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 13824)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 110592)
         )
        )
        (loop $k3
         (local.set $18
          (v128.load offset=257749888 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=257749904 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=253077376
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 32)
          )
         )
         (br_if $k3
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 1536)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=250754128 align=4
         (local.get $9)
         (block (result v128)
          (local.set $119
           (local.get $10)
          )
          (local.set $120
           (local.get $3)
          )
          (local.set $121
           (local.get $4)
          )
          (local.set $122
           (i32.div_u
            (local.get $120)
            (i32.const 169)
           )
          )
          (local.set $123
           (i32.rem_u
            (i32.div_u
             (local.get $120)
             (i32.const 13)
            )
            (i32.const 13)
           )
          )
          (local.set $124
           (i32.rem_u
            (local.get $120)
            (i32.const 13)
           )
          )
          (local.set $125
           (i32.add
            (i32.mul
             (local.get $120)
             (i32.const 384)
            )
            (local.get $121)
           )
          )
          (local.set $126
           (local.get $121)
          )
          (local.set $127
           (v128.load offset=11447296 align=4
            (i32.shl
             (local.get $126)
             (i32.const 2)
            )
           )
          )
          (local.set $128
           (f32x4.add
            (local.get $119)
            (local.get $127)
           )
          )
          (local.set $129
           (v128.and
            (f32x4.gt
             (local.get $128)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $130
           (v128.bitselect
            (local.get $128)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $129)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $130)
         )
        )
        (v128.store offset=250754144 align=4
         (local.get $9)
         (block (result v128)
          (local.set $131
           (local.get $11)
          )
          (local.set $132
           (local.get $3)
          )
          (local.set $133
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $134
           (i32.div_u
            (local.get $132)
            (i32.const 169)
           )
          )
          (local.set $135
           (i32.rem_u
            (i32.div_u
             (local.get $132)
             (i32.const 13)
            )
            (i32.const 13)
           )
          )
          (local.set $136
           (i32.rem_u
            (local.get $132)
            (i32.const 13)
           )
          )
          (local.set $137
           (i32.add
            (i32.mul
             (local.get $132)
             (i32.const 384)
            )
            (local.get $133)
           )
          )
          (local.set $138
           (local.get $133)
          )
          (local.set $139
           (v128.load offset=11447296 align=4
            (i32.shl
             (local.get $138)
             (i32.const 2)
            )
           )
          )
          (local.set $140
           (f32x4.add
            (local.get $131)
            (local.get $139)
           )
          )
          (local.set $141
           (v128.and
            (f32x4.gt
             (local.get $140)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $142
           (v128.bitselect
            (local.get $140)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $141)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $142)
         )
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 8)
         )
        )
        (local.set $5
         (i32.add
          (local.get $5)
          (i32.const 110592)
         )
        )
        (br_if $panel0
         (i32.ne
          (local.tee $143
           (i32.sub
            (local.get $143)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $block4
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 26)
         (i32.lt_s
          (local.get $1)
          (i32.const 26)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k5_conv4_conv2d_add_compare_where_gemm_pack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local.set $21
   (i32.const 0)
  )
  (local.set $22
   (i32.const 0)
  )
  (block
   (local.set $25
    (i32.const 3456)
   )
   (loop $packk0
    (block
     (local.set $2
      (local.get $0)
     )
     (if
      (i32.lt_s
       (local.get $2)
       (select
        (local.get $1)
        (i32.const 48)
        (i32.lt_s
         (local.get $1)
         (i32.const 48)
        )
       )
      )
      (then
       (loop $packp1
        (local.set $23
         (i32.add
          (local.get $21)
          (i32.mul
           (local.get $2)
           (i32.const 32)
          )
         )
        )
        (local.set $24
         (i32.add
          (i32.mul
           (local.get $22)
           (i32.const 32)
          )
          (i32.mul
           (local.get $2)
           (i32.const 110592)
          )
         )
        )
        (v128.store offset=257749888 align=4
         (local.get $24)
         (v128.load offset=6138880 align=4
          (local.get $23)
         )
        )
        (v128.store offset=257749904 align=4
         (local.get $24)
         (v128.load offset=6138896 align=4
          (local.get $23)
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 1)
         )
        )
        (br_if $packp1
         (i32.lt_s
          (local.get $2)
          (select
           (local.get $1)
           (i32.const 48)
           (i32.lt_s
            (local.get $1)
            (i32.const 48)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $21
     (i32.add
      (local.get $21)
      (i32.const 1536)
     )
    )
    (local.set $22
     (i32.add
      (local.get $22)
      (i32.const 1)
     )
    )
    (br_if $packk0
     (i32.ne
      (local.tee $25
       (i32.sub
        (local.get $25)
        (i32.const 1)
       )
      )
      (i32.const 0)
     )
    )
   )
  )
 )
 (func $k5_conv4_conv2d_add_compare_where (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 f32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 v128)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (if
   (i32.eq
    (local.get $0)
    (i32.const 0)
   )
   (then
    (i32.store
     (i32.const 263058304)
     (i32.ge_s
      (call $first_non_finite
       (i32.const 6138880)
       (i32.const 1327104)
      )
      (i32.const 0)
     )
    )
   )
   (else
    (if
     (i32.eq
      (local.get $0)
      (i32.const 1)
     )
     (then
      (if
       (i32.eqz
        (i32.load
         (i32.const 263058304)
        )
       )
       (then
        (call $k5_conv4_conv2d_add_compare_where_gemm_pack
         (local.get $1)
         (local.get $2)
        )
       )
      )
     )
     (else
      (if
       (i32.eq
        (local.get $0)
        (i32.const 2)
       )
       (then
        (if
         (i32.eqz
          (i32.load
           (i32.const 263058304)
          )
         )
         (then
          (block
           (local.set $3
            (local.get $1)
           )
           (if
            (i32.lt_s
             (local.get $3)
             (select
              (local.get $2)
              (i32.const 26)
              (i32.lt_s
               (local.get $2)
               (i32.const 26)
              )
             )
            )
            (then
             (loop $block4
              (local.set $4
               (i32.mul
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $5
               (i32.add
                (local.get $4)
                (i32.const 1)
               )
              )
              (block
               (local.set $17
                (local.get $4)
               )
               (if
                (i32.lt_s
                 (local.get $17)
                 (select
                  (local.get $5)
                  (i32.const 26)
                  (i32.lt_s
                   (local.get $5)
                   (i32.const 26)
                  )
                 )
                )
                (then
                 (loop $tile3
                  (local.set $6
                   (i32.div_u
                    (local.get $17)
                    (i32.const 13)
                   )
                  )
                  (local.set $7
                   (i32.rem_u
                    (local.get $17)
                    (i32.const 13)
                   )
                  )
                  (local.set $16
                   (i32.mul
                    (local.get $17)
                    (i32.const 13)
                   )
                  )
                  (block
                   (local.set $8
                    (i32.const 0)
                   )
                   (loop $for2
                    (local.set $13
                     (i32.sub
                      (i32.mul
                       (local.get $8)
                       (i32.const 1)
                      )
                      (i32.const 1)
                     )
                    )
                    (block
                     (local.set $9
                      (i32.const 0)
                     )
                     (loop $for1
                      (local.set $11
                       (i32.add
                        (i32.mul
                         (local.get $7)
                         (i32.const 1)
                        )
                        (i32.sub
                         (i32.mul
                          (local.get $9)
                          (i32.const 1)
                         )
                         (i32.const 1)
                        )
                       )
                      )
                      (if
                       (i32.lt_u
                        (local.get $11)
                        (i32.const 13)
                       )
                       (then
                        (if
                         (i32.le_u
                          (local.get $13)
                          (i32.const 10)
                         )
                         (then
                          (local.set $14
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $6)
                                (i32.const 13)
                               )
                               (local.get $11)
                              )
                              (i32.const 13)
                             )
                             (local.get $13)
                            )
                            (i32.const 1536)
                           )
                          )
                          (local.set $15
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $16)
                                (i32.const 3)
                               )
                               (local.get $9)
                              )
                              (i32.const 3)
                             )
                             (i32.const 0)
                            )
                            (i32.const 1536)
                           )
                          )
                          (memory.copy
                           (i32.add
                            (local.get $15)
                            (i32.const 253077376)
                           )
                           (i32.add
                            (local.get $14)
                            (i32.const 249863520)
                           )
                           (i32.const 4608)
                          )
                         )
                         (else
                          (local.set $10
                           (i32.const 0)
                          )
                          (loop $for0
                           (local.set $12
                            (i32.add
                             (local.get $13)
                             (i32.mul
                              (local.get $10)
                              (i32.const 1)
                             )
                            )
                           )
                           (local.set $15
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (local.get $16)
                                 (i32.const 3)
                                )
                                (local.get $9)
                               )
                               (i32.const 3)
                              )
                              (local.get $10)
                             )
                             (i32.const 1536)
                            )
                           )
                           (if
                            (i32.lt_u
                             (local.get $12)
                             (i32.const 13)
                            )
                            (then
                             (local.set $14
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (i32.add
                                  (i32.mul
                                   (local.get $6)
                                   (i32.const 13)
                                  )
                                  (local.get $11)
                                 )
                                 (i32.const 13)
                                )
                                (local.get $12)
                               )
                               (i32.const 1536)
                              )
                             )
                             (memory.copy
                              (i32.add
                               (local.get $15)
                               (i32.const 253077376)
                              )
                              (i32.add
                               (local.get $14)
                               (i32.const 249863520)
                              )
                              (i32.const 1536)
                             )
                            )
                            (else
                             (memory.fill
                              (i32.add
                               (local.get $15)
                               (i32.const 253077376)
                              )
                              (i32.const 0)
                              (i32.const 1536)
                             )
                            )
                           )
                           (local.set $10
                            (i32.add
                             (local.get $10)
                             (i32.const 1)
                            )
                           )
                           (br_if $for0
                            (i32.lt_s
                             (local.get $10)
                             (i32.const 3)
                            )
                           )
                          )
                         )
                        )
                       )
                       (else
                        (local.set $15
                         (i32.mul
                          (i32.add
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (local.get $16)
                              (i32.const 3)
                             )
                             (local.get $9)
                            )
                            (i32.const 3)
                           )
                           (i32.const 0)
                          )
                          (i32.const 1536)
                         )
                        )
                        (memory.fill
                         (i32.add
                          (local.get $15)
                          (i32.const 253077376)
                         )
                         (i32.const 0)
                         (i32.const 4608)
                        )
                       )
                      )
                      (local.set $9
                       (i32.add
                        (local.get $9)
                        (i32.const 1)
                       )
                      )
                      (br_if $for1
                       (i32.lt_s
                        (local.get $9)
                        (i32.const 3)
                       )
                      )
                     )
                    )
                    (local.set $16
                     (i32.add
                      (local.get $16)
                      (i32.const 1)
                     )
                    )
                    (local.set $8
                     (i32.add
                      (local.get $8)
                      (i32.const 1)
                     )
                    )
                    (br_if $for2
                     (i32.lt_s
                      (local.get $8)
                      (i32.const 13)
                     )
                    )
                   )
                  )
                  (local.set $17
                   (i32.add
                    (local.get $17)
                    (i32.const 1)
                   )
                  )
                  (br_if $tile3
                   (i32.lt_s
                    (local.get $17)
                    (select
                     (local.get $5)
                     (i32.const 26)
                     (i32.lt_s
                      (local.get $5)
                      (i32.const 26)
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
              (call $k5_conv4_conv2d_add_compare_where_gemm
               (local.get $3)
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $3
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (br_if $block4
               (i32.lt_s
                (local.get $3)
                (select
                 (local.get $2)
                 (i32.const 26)
                 (i32.lt_s
                  (local.get $2)
                  (i32.const 26)
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
       (else
        (if
         (i32.eq
          (local.get $0)
          (i32.const 3)
         )
         (then
          (if
           (i32.load
            (i32.const 263058304)
           )
           (then
            (local.set $1
             (i32.const 0)
            )
            (local.set $2
             (i32.const 2)
            )
            (memory.fill
             (i32.const 250754128)
             (i32.const 0)
             (i32.const 519168)
            )
            (block
             (local.set $24
              (local.get $1)
             )
             (if
              (i32.lt_s
               (local.get $24)
               (select
                (local.get $2)
                (i32.const 2)
                (i32.lt_s
                 (local.get $2)
                 (i32.const 2)
                )
               )
              )
              (then
               (loop $tile13
                (local.set $34
                 (i32.mul
                  (local.get $24)
                  (i32.const 169)
                 )
                )
                (block
                 (local.set $25
                  (i32.const 0)
                 )
                 (loop $for12
                  (block
                   (local.set $26
                    (i32.const 0)
                   )
                   (loop $for11
                    (local.set $31
                     (i32.sub
                      (i32.mul
                       (local.get $26)
                       (i32.const 1)
                      )
                      (i32.const 1)
                     )
                    )
                    (block
                     (local.set $27
                      (i32.const 0)
                     )
                     (loop $for10
                      (local.set $29
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (i32.const 1)
                        )
                        (i32.sub
                         (i32.mul
                          (local.get $27)
                          (i32.const 1)
                         )
                         (i32.const 1)
                        )
                       )
                      )
                      (if
                       (i32.lt_u
                        (local.get $29)
                        (i32.const 13)
                       )
                       (then
                        (if
                         (i32.le_u
                          (local.get $31)
                          (i32.const 10)
                         )
                         (then
                          (local.set $32
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $24)
                                (i32.const 13)
                               )
                               (local.get $29)
                              )
                              (i32.const 13)
                             )
                             (local.get $31)
                            )
                            (i32.const 1536)
                           )
                          )
                          (local.set $33
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $34)
                                (i32.const 3)
                               )
                               (local.get $27)
                              )
                              (i32.const 3)
                             )
                             (i32.const 0)
                            )
                            (i32.const 1536)
                           )
                          )
                          (block
                           (local.set $18
                            (i32.const 0)
                           )
                           (loop $for9
                            (local.set $23
                             (f32.load offset=249863520
                              (i32.add
                               (local.get $32)
                               (i32.shl
                                (local.get $18)
                                (i32.const 2)
                               )
                              )
                             )
                            )
                            (local.set $20
                             (i32.div_u
                              (i32.shr_u
                               (local.get $33)
                               (i32.const 2)
                              )
                              (i32.const 3456)
                             )
                            )
                            (local.set $21
                             (i32.add
                              (i32.rem_u
                               (i32.shr_u
                                (local.get $33)
                                (i32.const 2)
                               )
                               (i32.const 3456)
                              )
                              (local.get $18)
                             )
                            )
                            (block
                             (local.set $19
                              (i32.const 0)
                             )
                             (loop $for8
                              (local.set $22
                               (i32.shl
                                (i32.add
                                 (i32.mul
                                  (local.get $20)
                                  (i32.const 384)
                                 )
                                 (local.get $19)
                                )
                                (i32.const 2)
                               )
                              )
                              (f32.store offset=250754128
                               (local.get $22)
                               (f32.add
                                (f32.load offset=250754128
                                 (local.get $22)
                                )
                                (f32.mul
                                 (local.get $23)
                                 (f32.load offset=6138880
                                  (i32.shl
                                   (i32.add
                                    (i32.mul
                                     (local.get $21)
                                     (i32.const 384)
                                    )
                                    (local.get $19)
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                )
                               )
                              )
                              (local.set $19
                               (i32.add
                                (local.get $19)
                                (i32.const 1)
                               )
                              )
                              (br_if $for8
                               (i32.lt_s
                                (local.get $19)
                                (i32.const 384)
                               )
                              )
                             )
                            )
                            (local.set $18
                             (i32.add
                              (local.get $18)
                              (i32.const 1)
                             )
                            )
                            (br_if $for9
                             (i32.lt_s
                              (local.get $18)
                              (i32.const 1152)
                             )
                            )
                           )
                          )
                         )
                         (else
                          (local.set $28
                           (i32.const 0)
                          )
                          (loop $for7
                           (local.set $30
                            (i32.add
                             (local.get $31)
                             (i32.mul
                              (local.get $28)
                              (i32.const 1)
                             )
                            )
                           )
                           (local.set $33
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (local.get $34)
                                 (i32.const 3)
                                )
                                (local.get $27)
                               )
                               (i32.const 3)
                              )
                              (local.get $28)
                             )
                             (i32.const 1536)
                            )
                           )
                           (if
                            (i32.lt_u
                             (local.get $30)
                             (i32.const 13)
                            )
                            (then
                             (local.set $32
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (i32.add
                                  (i32.mul
                                   (local.get $24)
                                   (i32.const 13)
                                  )
                                  (local.get $29)
                                 )
                                 (i32.const 13)
                                )
                                (local.get $30)
                               )
                               (i32.const 1536)
                              )
                             )
                             (block
                              (local.set $18
                               (i32.const 0)
                              )
                              (loop $for6
                               (local.set $23
                                (f32.load offset=249863520
                                 (i32.add
                                  (local.get $32)
                                  (i32.shl
                                   (local.get $18)
                                   (i32.const 2)
                                  )
                                 )
                                )
                               )
                               (local.set $20
                                (i32.div_u
                                 (i32.shr_u
                                  (local.get $33)
                                  (i32.const 2)
                                 )
                                 (i32.const 3456)
                                )
                               )
                               (local.set $21
                                (i32.add
                                 (i32.rem_u
                                  (i32.shr_u
                                   (local.get $33)
                                   (i32.const 2)
                                  )
                                  (i32.const 3456)
                                 )
                                 (local.get $18)
                                )
                               )
                               (block
                                (local.set $19
                                 (i32.const 0)
                                )
                                (loop $for5
                                 (local.set $22
                                  (i32.shl
                                   (i32.add
                                    (i32.mul
                                     (local.get $20)
                                     (i32.const 384)
                                    )
                                    (local.get $19)
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                 (f32.store offset=250754128
                                  (local.get $22)
                                  (f32.add
                                   (f32.load offset=250754128
                                    (local.get $22)
                                   )
                                   (f32.mul
                                    (local.get $23)
                                    (f32.load offset=6138880
                                     (i32.shl
                                      (i32.add
                                       (i32.mul
                                        (local.get $21)
                                        (i32.const 384)
                                       )
                                       (local.get $19)
                                      )
                                      (i32.const 2)
                                     )
                                    )
                                   )
                                  )
                                 )
                                 (local.set $19
                                  (i32.add
                                   (local.get $19)
                                   (i32.const 1)
                                  )
                                 )
                                 (br_if $for5
                                  (i32.lt_s
                                   (local.get $19)
                                   (i32.const 384)
                                  )
                                 )
                                )
                               )
                               (local.set $18
                                (i32.add
                                 (local.get $18)
                                 (i32.const 1)
                                )
                               )
                               (br_if $for6
                                (i32.lt_s
                                 (local.get $18)
                                 (i32.const 384)
                                )
                               )
                              )
                             )
                            )
                           )
                           (local.set $28
                            (i32.add
                             (local.get $28)
                             (i32.const 1)
                            )
                           )
                           (br_if $for7
                            (i32.lt_s
                             (local.get $28)
                             (i32.const 3)
                            )
                           )
                          )
                         )
                        )
                       )
                      )
                      (local.set $27
                       (i32.add
                        (local.get $27)
                        (i32.const 1)
                       )
                      )
                      (br_if $for10
                       (i32.lt_s
                        (local.get $27)
                        (i32.const 3)
                       )
                      )
                     )
                    )
                    (local.set $34
                     (i32.add
                      (local.get $34)
                      (i32.const 1)
                     )
                    )
                    (local.set $26
                     (i32.add
                      (local.get $26)
                      (i32.const 1)
                     )
                    )
                    (br_if $for11
                     (i32.lt_s
                      (local.get $26)
                      (i32.const 13)
                     )
                    )
                   )
                  )
                  (local.set $25
                   (i32.add
                    (local.get $25)
                    (i32.const 1)
                   )
                  )
                  (br_if $for12
                   (i32.lt_s
                    (local.get $25)
                    (i32.const 13)
                   )
                  )
                 )
                )
                (local.set $24
                 (i32.add
                  (local.get $24)
                  (i32.const 1)
                 )
                )
                (br_if $tile13
                 (i32.lt_s
                  (local.get $24)
                  (select
                   (local.get $2)
                   (i32.const 2)
                   (i32.lt_s
                    (local.get $2)
                    (i32.const 2)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
         (else
          (if
           (i32.load
            (i32.const 263058304)
           )
           (then
            (block
             (local.set $35
              (local.get $1)
             )
             (if
              (i32.lt_s
               (local.get $35)
               (select
                (local.get $2)
                (i32.const 2)
                (i32.lt_s
                 (local.get $2)
                 (i32.const 2)
                )
               )
              )
              (then
               (loop $tile17
                (block
                 (local.set $36
                  (i32.const 0)
                 )
                 (loop $for16
                  (block
                   (local.set $37
                    (i32.const 0)
                   )
                   (loop $for15
                    (block
                     (local.set $38
                      (i32.const 0)
                     )
                     (loop $for14
                      (local.set $39
                       (i32.add
                        (i32.add
                         (i32.add
                          (i32.mul
                           (local.get $35)
                           (i32.const 64896)
                          )
                          (i32.mul
                           (local.get $36)
                           (i32.const 4992)
                          )
                         )
                         (i32.mul
                          (local.get $37)
                          (i32.const 384)
                         )
                        )
                        (local.get $38)
                       )
                      )
                      (local.set $40
                       (v128.load offset=250754128 align=4
                        (i32.shl
                         (local.get $39)
                         (i32.const 2)
                        )
                       )
                      )
                      (local.set $41
                       (local.get $38)
                      )
                      (local.set $42
                       (v128.load offset=11447296 align=4
                        (i32.shl
                         (local.get $41)
                         (i32.const 2)
                        )
                       )
                      )
                      (local.set $43
                       (f32x4.add
                        (local.get $40)
                        (local.get $42)
                       )
                      )
                      (local.set $44
                       (v128.and
                        (f32x4.gt
                         (local.get $43)
                         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                        )
                        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
                       )
                      )
                      (local.set $45
                       (v128.bitselect
                        (local.get $43)
                        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                        (f32x4.ne
                         (local.get $44)
                         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                        )
                       )
                      )
                      (v128.store offset=250754128 align=4
                       (i32.shl
                        (local.get $39)
                        (i32.const 2)
                       )
                       (local.get $45)
                      )
                      (local.set $38
                       (i32.add
                        (local.get $38)
                        (i32.const 4)
                       )
                      )
                      (br_if $for14
                       (i32.lt_s
                        (local.get $38)
                        (i32.const 384)
                       )
                      )
                     )
                    )
                    (local.set $37
                     (i32.add
                      (local.get $37)
                      (i32.const 1)
                     )
                    )
                    (br_if $for15
                     (i32.lt_s
                      (local.get $37)
                      (i32.const 13)
                     )
                    )
                   )
                  )
                  (local.set $36
                   (i32.add
                    (local.get $36)
                    (i32.const 1)
                   )
                  )
                  (br_if $for16
                   (i32.lt_s
                    (local.get $36)
                    (i32.const 13)
                   )
                  )
                 )
                )
                (local.set $35
                 (i32.add
                  (local.get $35)
                  (i32.const 1)
                 )
                )
                (br_if $tile17
                 (i32.lt_s
                  (local.get $35)
                  (select
                   (local.get $2)
                   (i32.const 2)
                   (i32.lt_s
                    (local.get $2)
                    (i32.const 2)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k6_conv5_conv2d_add_compare_where_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 v128)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 i32)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (local $46 v128)
  (local $47 i32)
  (local $48 i32)
  (local $49 i32)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 v128)
  (local $58 v128)
  (local $59 i32)
  (local $60 i32)
  (local $61 i32)
  (local $62 i32)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 v128)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 i32)
  (local $77 i32)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 v128)
  (local $82 v128)
  (local $83 i32)
  (local $84 i32)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 i32)
  (local $90 v128)
  (local $91 v128)
  (local $92 v128)
  (local $93 v128)
  (local $94 v128)
  (local $95 i32)
  (local $96 i32)
  (local $97 i32)
  (local $98 i32)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 v128)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 i32)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
  (local $111 i32)
  (local $112 i32)
  (local $113 i32)
  (local $114 v128)
  (local $115 v128)
  (local $116 v128)
  (local $117 v128)
  (local $118 i32)
  (local $119 v128)
  (local $120 i32)
  (local $121 i32)
  (local $122 i32)
  (local $123 i32)
  (local $124 i32)
  (local $125 i32)
  (local $126 i32)
  (local $127 v128)
  (local $128 v128)
  (local $129 v128)
  (local $130 v128)
  (local $131 v128)
  (local $132 i32)
  (local $133 i32)
  (local $134 i32)
  (local $135 i32)
  (local $136 i32)
  (local $137 i32)
  (local $138 i32)
  (local $139 v128)
  (local $140 v128)
  (local $141 v128)
  (local $142 v128)
  (local $143 i32)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 26)
      (i32.lt_s
       (local.get $1)
       (i32.const 26)
      )
     )
    )
    (then
     (loop $block4
      (local.set $21
       (i32.mul
        (local.get $2)
        (i32.const 13)
       )
      )
      (local.set $4
       (i32.const 0)
      )
      (local.set $5
       (i32.const 0)
      )
      (block
       (local.set $143
        (i32.const 32)
       )
       (loop $panel0
        (local.set $3
         (local.get $21)
        )
        (block
         (local.set $118
          (i32.const 3)
         )
         (loop $rows1
          (local.set $6
           (i32.mul
            (local.get $3)
            (i32.const 13824)
           )
          )
          (local.set $7
           (local.get $5)
          )
          (local.set $10
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $11
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $12
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $13
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $14
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $15
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $16
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $17
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
          )
          (local.set $8
           (i32.add
            (local.get $7)
            (i32.const 110592)
           )
          )
          (loop $k2
           (local.set $18
            (v128.load offset=257749888 align=4
             (local.get $7)
            )
           )
           (local.set $19
            (v128.load offset=257749904 align=4
             (local.get $7)
            )
           )
           (local.set $20
            (v128.load32_splat offset=253077376
             (local.get $6)
            )
           )
           (local.set $10
            (f32x4.add
             (local.get $10)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $11
            (f32x4.add
             (local.get $11)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=253091200
             (local.get $6)
            )
           )
           (local.set $12
            (f32x4.add
             (local.get $12)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $13
            (f32x4.add
             (local.get $13)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=253105024
             (local.get $6)
            )
           )
           (local.set $14
            (f32x4.add
             (local.get $14)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $15
            (f32x4.add
             (local.get $15)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $20
            (v128.load32_splat offset=253118848
             (local.get $6)
            )
           )
           (local.set $16
            (f32x4.add
             (local.get $16)
             (f32x4.mul
              (local.get $20)
              (local.get $18)
             )
            )
           )
           (local.set $17
            (f32x4.add
             (local.get $17)
             (f32x4.mul
              (local.get $20)
              (local.get $19)
             )
            )
           )
           (local.set $6
            (i32.add
             (local.get $6)
             (i32.const 4)
            )
           )
           (local.set $7
            (i32.add
             (local.get $7)
             (i32.const 32)
            )
           )
           (br_if $k2
            (i32.ne
             (local.get $7)
             (local.get $8)
            )
           )
          )
          (local.set $9
           (i32.add
            (i32.mul
             (local.get $3)
             (i32.const 1024)
            )
            (i32.shl
             (local.get $4)
             (i32.const 2)
            )
           )
          )
          (v128.store offset=249517408 align=4
           (local.get $9)
           (block (result v128)
            (local.set $22
             (local.get $10)
            )
            (local.set $23
             (local.get $3)
            )
            (local.set $24
             (local.get $4)
            )
            (local.set $25
             (i32.div_u
              (local.get $23)
              (i32.const 169)
             )
            )
            (local.set $26
             (i32.rem_u
              (i32.div_u
               (local.get $23)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $27
             (i32.rem_u
              (local.get $23)
              (i32.const 13)
             )
            )
            (local.set $28
             (i32.add
              (i32.mul
               (local.get $23)
               (i32.const 256)
              )
              (local.get $24)
             )
            )
            (local.set $29
             (local.get $24)
            )
            (local.set $30
             (v128.load offset=14987776 align=4
              (i32.shl
               (local.get $29)
               (i32.const 2)
              )
             )
            )
            (local.set $31
             (f32x4.add
              (local.get $22)
              (local.get $30)
             )
            )
            (local.set $32
             (v128.and
              (f32x4.gt
               (local.get $31)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $33
             (v128.bitselect
              (local.get $31)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $32)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $33)
           )
          )
          (v128.store offset=249517424 align=4
           (local.get $9)
           (block (result v128)
            (local.set $34
             (local.get $11)
            )
            (local.set $35
             (local.get $3)
            )
            (local.set $36
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $37
             (i32.div_u
              (local.get $35)
              (i32.const 169)
             )
            )
            (local.set $38
             (i32.rem_u
              (i32.div_u
               (local.get $35)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $39
             (i32.rem_u
              (local.get $35)
              (i32.const 13)
             )
            )
            (local.set $40
             (i32.add
              (i32.mul
               (local.get $35)
               (i32.const 256)
              )
              (local.get $36)
             )
            )
            (local.set $41
             (local.get $36)
            )
            (local.set $42
             (v128.load offset=14987776 align=4
              (i32.shl
               (local.get $41)
               (i32.const 2)
              )
             )
            )
            (local.set $43
             (f32x4.add
              (local.get $34)
              (local.get $42)
             )
            )
            (local.set $44
             (v128.and
              (f32x4.gt
               (local.get $43)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $45
             (v128.bitselect
              (local.get $43)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $44)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $45)
           )
          )
          (v128.store offset=249518432 align=4
           (local.get $9)
           (block (result v128)
            (local.set $46
             (local.get $12)
            )
            (local.set $47
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $48
             (local.get $4)
            )
            (local.set $49
             (i32.div_u
              (local.get $47)
              (i32.const 169)
             )
            )
            (local.set $50
             (i32.rem_u
              (i32.div_u
               (local.get $47)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $51
             (i32.rem_u
              (local.get $47)
              (i32.const 13)
             )
            )
            (local.set $52
             (i32.add
              (i32.mul
               (local.get $47)
               (i32.const 256)
              )
              (local.get $48)
             )
            )
            (local.set $53
             (local.get $48)
            )
            (local.set $54
             (v128.load offset=14987776 align=4
              (i32.shl
               (local.get $53)
               (i32.const 2)
              )
             )
            )
            (local.set $55
             (f32x4.add
              (local.get $46)
              (local.get $54)
             )
            )
            (local.set $56
             (v128.and
              (f32x4.gt
               (local.get $55)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $57
             (v128.bitselect
              (local.get $55)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $56)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $57)
           )
          )
          (v128.store offset=249518448 align=4
           (local.get $9)
           (block (result v128)
            (local.set $58
             (local.get $13)
            )
            (local.set $59
             (i32.add
              (local.get $3)
              (i32.const 1)
             )
            )
            (local.set $60
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $61
             (i32.div_u
              (local.get $59)
              (i32.const 169)
             )
            )
            (local.set $62
             (i32.rem_u
              (i32.div_u
               (local.get $59)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $63
             (i32.rem_u
              (local.get $59)
              (i32.const 13)
             )
            )
            (local.set $64
             (i32.add
              (i32.mul
               (local.get $59)
               (i32.const 256)
              )
              (local.get $60)
             )
            )
            (local.set $65
             (local.get $60)
            )
            (local.set $66
             (v128.load offset=14987776 align=4
              (i32.shl
               (local.get $65)
               (i32.const 2)
              )
             )
            )
            (local.set $67
             (f32x4.add
              (local.get $58)
              (local.get $66)
             )
            )
            (local.set $68
             (v128.and
              (f32x4.gt
               (local.get $67)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $69
             (v128.bitselect
              (local.get $67)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $68)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $69)
           )
          )
          (v128.store offset=249519456 align=4
           (local.get $9)
           (block (result v128)
            (local.set $70
             (local.get $14)
            )
            (local.set $71
             (i32.add
              (local.get $3)
              (i32.const 2)
             )
            )
            (local.set $72
             (local.get $4)
            )
            (local.set $73
             (i32.div_u
              (local.get $71)
              (i32.const 169)
             )
            )
            (local.set $74
             (i32.rem_u
              (i32.div_u
               (local.get $71)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $75
             (i32.rem_u
              (local.get $71)
              (i32.const 13)
             )
            )
            (local.set $76
             (i32.add
              (i32.mul
               (local.get $71)
               (i32.const 256)
              )
              (local.get $72)
             )
            )
            (local.set $77
             (local.get $72)
            )
            (local.set $78
             (v128.load offset=14987776 align=4
              (i32.shl
               (local.get $77)
               (i32.const 2)
              )
             )
            )
            (local.set $79
             (f32x4.add
              (local.get $70)
              (local.get $78)
             )
            )
            (local.set $80
             (v128.and
              (f32x4.gt
               (local.get $79)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $81
             (v128.bitselect
              (local.get $79)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $80)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $81)
           )
          )
          (v128.store offset=249519472 align=4
           (local.get $9)
           (block (result v128)
            (local.set $82
             (local.get $15)
            )
            (local.set $83
             (i32.add
              (local.get $3)
              (i32.const 2)
             )
            )
            (local.set $84
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $85
             (i32.div_u
              (local.get $83)
              (i32.const 169)
             )
            )
            (local.set $86
             (i32.rem_u
              (i32.div_u
               (local.get $83)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $87
             (i32.rem_u
              (local.get $83)
              (i32.const 13)
             )
            )
            (local.set $88
             (i32.add
              (i32.mul
               (local.get $83)
               (i32.const 256)
              )
              (local.get $84)
             )
            )
            (local.set $89
             (local.get $84)
            )
            (local.set $90
             (v128.load offset=14987776 align=4
              (i32.shl
               (local.get $89)
               (i32.const 2)
              )
             )
            )
            (local.set $91
             (f32x4.add
              (local.get $82)
              (local.get $90)
             )
            )
            (local.set $92
             (v128.and
              (f32x4.gt
               (local.get $91)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $93
             (v128.bitselect
              (local.get $91)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $92)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $93)
           )
          )
          (v128.store offset=249520480 align=4
           (local.get $9)
           (block (result v128)
            (local.set $94
             (local.get $16)
            )
            (local.set $95
             (i32.add
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.set $96
             (local.get $4)
            )
            (local.set $97
             (i32.div_u
              (local.get $95)
              (i32.const 169)
             )
            )
            (local.set $98
             (i32.rem_u
              (i32.div_u
               (local.get $95)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $99
             (i32.rem_u
              (local.get $95)
              (i32.const 13)
             )
            )
            (local.set $100
             (i32.add
              (i32.mul
               (local.get $95)
               (i32.const 256)
              )
              (local.get $96)
             )
            )
            (local.set $101
             (local.get $96)
            )
            (local.set $102
             (v128.load offset=14987776 align=4
              (i32.shl
               (local.get $101)
               (i32.const 2)
              )
             )
            )
            (local.set $103
             (f32x4.add
              (local.get $94)
              (local.get $102)
             )
            )
            (local.set $104
             (v128.and
              (f32x4.gt
               (local.get $103)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $105
             (v128.bitselect
              (local.get $103)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $104)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $105)
           )
          )
          (v128.store offset=249520496 align=4
           (local.get $9)
           (block (result v128)
            (local.set $106
             (local.get $17)
            )
            (local.set $107
             (i32.add
              (local.get $3)
              (i32.const 3)
             )
            )
            (local.set $108
             (i32.add
              (local.get $4)
              (i32.const 4)
             )
            )
            (local.set $109
             (i32.div_u
              (local.get $107)
              (i32.const 169)
             )
            )
            (local.set $110
             (i32.rem_u
              (i32.div_u
               (local.get $107)
               (i32.const 13)
              )
              (i32.const 13)
             )
            )
            (local.set $111
             (i32.rem_u
              (local.get $107)
              (i32.const 13)
             )
            )
            (local.set $112
             (i32.add
              (i32.mul
               (local.get $107)
               (i32.const 256)
              )
              (local.get $108)
             )
            )
            (local.set $113
             (local.get $108)
            )
            (local.set $114
             (v128.load offset=14987776 align=4
              (i32.shl
               (local.get $113)
               (i32.const 2)
              )
             )
            )
            (local.set $115
             (f32x4.add
              (local.get $106)
              (local.get $114)
             )
            )
            (local.set $116
             (v128.and
              (f32x4.gt
               (local.get $115)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
              (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
             )
            )
            (local.set $117
             (v128.bitselect
              (local.get $115)
              (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              (f32x4.ne
               (local.get $116)
               (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
              )
             )
            )
            (local.get $117)
           )
          )
          (local.set $3
           (i32.add
            (local.get $3)
            (i32.const 4)
           )
          )
          (br_if $rows1
           (i32.ne
            (local.tee $118
             (i32.sub
              (local.get $118)
              (i32.const 1)
             )
            )
            (i32.const 0)
           )
          )
         )
        )
        (local.set $6
         (i32.mul
          (local.get $3)
          (i32.const 13824)
         )
        )
        (local.set $7
         (local.get $5)
        )
        (local.set $10
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $11
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (local.set $8
         (i32.add
          (local.get $7)
          (i32.const 110592)
         )
        )
        (loop $k3
         (local.set $18
          (v128.load offset=257749888 align=4
           (local.get $7)
          )
         )
         (local.set $19
          (v128.load offset=257749904 align=4
           (local.get $7)
          )
         )
         (local.set $20
          (v128.load32_splat offset=253077376
           (local.get $6)
          )
         )
         (local.set $10
          (f32x4.add
           (local.get $10)
           (f32x4.mul
            (local.get $20)
            (local.get $18)
           )
          )
         )
         (local.set $11
          (f32x4.add
           (local.get $11)
           (f32x4.mul
            (local.get $20)
            (local.get $19)
           )
          )
         )
         (local.set $6
          (i32.add
           (local.get $6)
           (i32.const 4)
          )
         )
         (local.set $7
          (i32.add
           (local.get $7)
           (i32.const 32)
          )
         )
         (br_if $k3
          (i32.ne
           (local.get $7)
           (local.get $8)
          )
         )
        )
        (local.set $9
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 1024)
          )
          (i32.shl
           (local.get $4)
           (i32.const 2)
          )
         )
        )
        (v128.store offset=249517408 align=4
         (local.get $9)
         (block (result v128)
          (local.set $119
           (local.get $10)
          )
          (local.set $120
           (local.get $3)
          )
          (local.set $121
           (local.get $4)
          )
          (local.set $122
           (i32.div_u
            (local.get $120)
            (i32.const 169)
           )
          )
          (local.set $123
           (i32.rem_u
            (i32.div_u
             (local.get $120)
             (i32.const 13)
            )
            (i32.const 13)
           )
          )
          (local.set $124
           (i32.rem_u
            (local.get $120)
            (i32.const 13)
           )
          )
          (local.set $125
           (i32.add
            (i32.mul
             (local.get $120)
             (i32.const 256)
            )
            (local.get $121)
           )
          )
          (local.set $126
           (local.get $121)
          )
          (local.set $127
           (v128.load offset=14987776 align=4
            (i32.shl
             (local.get $126)
             (i32.const 2)
            )
           )
          )
          (local.set $128
           (f32x4.add
            (local.get $119)
            (local.get $127)
           )
          )
          (local.set $129
           (v128.and
            (f32x4.gt
             (local.get $128)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $130
           (v128.bitselect
            (local.get $128)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $129)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $130)
         )
        )
        (v128.store offset=249517424 align=4
         (local.get $9)
         (block (result v128)
          (local.set $131
           (local.get $11)
          )
          (local.set $132
           (local.get $3)
          )
          (local.set $133
           (i32.add
            (local.get $4)
            (i32.const 4)
           )
          )
          (local.set $134
           (i32.div_u
            (local.get $132)
            (i32.const 169)
           )
          )
          (local.set $135
           (i32.rem_u
            (i32.div_u
             (local.get $132)
             (i32.const 13)
            )
            (i32.const 13)
           )
          )
          (local.set $136
           (i32.rem_u
            (local.get $132)
            (i32.const 13)
           )
          )
          (local.set $137
           (i32.add
            (i32.mul
             (local.get $132)
             (i32.const 256)
            )
            (local.get $133)
           )
          )
          (local.set $138
           (local.get $133)
          )
          (local.set $139
           (v128.load offset=14987776 align=4
            (i32.shl
             (local.get $138)
             (i32.const 2)
            )
           )
          )
          (local.set $140
           (f32x4.add
            (local.get $131)
            (local.get $139)
           )
          )
          (local.set $141
           (v128.and
            (f32x4.gt
             (local.get $140)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
            (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
           )
          )
          (local.set $142
           (v128.bitselect
            (local.get $140)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            (f32x4.ne
             (local.get $141)
             (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
            )
           )
          )
          (local.get $142)
         )
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 8)
         )
        )
        (local.set $5
         (i32.add
          (local.get $5)
          (i32.const 110592)
         )
        )
        (br_if $panel0
         (i32.ne
          (local.tee $143
           (i32.sub
            (local.get $143)
            (i32.const 1)
           )
          )
          (i32.const 0)
         )
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $block4
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 26)
         (i32.lt_s
          (local.get $1)
          (i32.const 26)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k6_conv5_conv2d_add_compare_where_gemm_pack (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 i32)
  (local $23 i32)
  (local $24 i32)
  (local $25 i32)
  (local.set $21
   (i32.const 0)
  )
  (local.set $22
   (i32.const 0)
  )
  (block
   (local.set $25
    (i32.const 3456)
   )
   (loop $packk0
    (block
     (local.set $2
      (local.get $0)
     )
     (if
      (i32.lt_s
       (local.get $2)
       (select
        (local.get $1)
        (i32.const 32)
        (i32.lt_s
         (local.get $1)
         (i32.const 32)
        )
       )
      )
      (then
       (loop $packp1
        (local.set $23
         (i32.add
          (local.get $21)
          (i32.mul
           (local.get $2)
           (i32.const 32)
          )
         )
        )
        (local.set $24
         (i32.add
          (i32.mul
           (local.get $22)
           (i32.const 32)
          )
          (i32.mul
           (local.get $2)
           (i32.const 110592)
          )
         )
        )
        (v128.store offset=257749888 align=4
         (local.get $24)
         (v128.load offset=11448832 align=4
          (local.get $23)
         )
        )
        (v128.store offset=257749904 align=4
         (local.get $24)
         (v128.load offset=11448848 align=4
          (local.get $23)
         )
        )
        (local.set $2
         (i32.add
          (local.get $2)
          (i32.const 1)
         )
        )
        (br_if $packp1
         (i32.lt_s
          (local.get $2)
          (select
           (local.get $1)
           (i32.const 32)
           (i32.lt_s
            (local.get $1)
            (i32.const 32)
           )
          )
         )
        )
       )
      )
     )
    )
    (local.set $21
     (i32.add
      (local.get $21)
      (i32.const 1024)
     )
    )
    (local.set $22
     (i32.add
      (local.get $22)
      (i32.const 1)
     )
    )
    (br_if $packk0
     (i32.ne
      (local.tee $25
       (i32.sub
        (local.get $25)
        (i32.const 1)
       )
      )
      (i32.const 0)
     )
    )
   )
  )
 )
 (func $k6_conv5_conv2d_add_compare_where (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 i32)
  (local $14 i32)
  (local $15 i32)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 i32)
  (local $23 f32)
  (local $24 i32)
  (local $25 i32)
  (local $26 i32)
  (local $27 i32)
  (local $28 i32)
  (local $29 i32)
  (local $30 i32)
  (local $31 i32)
  (local $32 i32)
  (local $33 i32)
  (local $34 i32)
  (local $35 i32)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 v128)
  (local $41 i32)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 v128)
  (if
   (i32.eq
    (local.get $0)
    (i32.const 0)
   )
   (then
    (i32.store
     (i32.const 261288832)
     (i32.ge_s
      (call $first_non_finite
       (i32.const 11448832)
       (i32.const 884736)
      )
      (i32.const 0)
     )
    )
   )
   (else
    (if
     (i32.eq
      (local.get $0)
      (i32.const 1)
     )
     (then
      (if
       (i32.eqz
        (i32.load
         (i32.const 261288832)
        )
       )
       (then
        (call $k6_conv5_conv2d_add_compare_where_gemm_pack
         (local.get $1)
         (local.get $2)
        )
       )
      )
     )
     (else
      (if
       (i32.eq
        (local.get $0)
        (i32.const 2)
       )
       (then
        (if
         (i32.eqz
          (i32.load
           (i32.const 261288832)
          )
         )
         (then
          (block
           (local.set $3
            (local.get $1)
           )
           (if
            (i32.lt_s
             (local.get $3)
             (select
              (local.get $2)
              (i32.const 26)
              (i32.lt_s
               (local.get $2)
               (i32.const 26)
              )
             )
            )
            (then
             (loop $block4
              (local.set $4
               (i32.mul
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $5
               (i32.add
                (local.get $4)
                (i32.const 1)
               )
              )
              (block
               (local.set $17
                (local.get $4)
               )
               (if
                (i32.lt_s
                 (local.get $17)
                 (select
                  (local.get $5)
                  (i32.const 26)
                  (i32.lt_s
                   (local.get $5)
                   (i32.const 26)
                  )
                 )
                )
                (then
                 (loop $tile3
                  (local.set $6
                   (i32.div_u
                    (local.get $17)
                    (i32.const 13)
                   )
                  )
                  (local.set $7
                   (i32.rem_u
                    (local.get $17)
                    (i32.const 13)
                   )
                  )
                  (local.set $16
                   (i32.mul
                    (local.get $17)
                    (i32.const 13)
                   )
                  )
                  (block
                   (local.set $8
                    (i32.const 0)
                   )
                   (loop $for2
                    (local.set $13
                     (i32.sub
                      (i32.mul
                       (local.get $8)
                       (i32.const 1)
                      )
                      (i32.const 1)
                     )
                    )
                    (block
                     (local.set $9
                      (i32.const 0)
                     )
                     (loop $for1
                      (local.set $11
                       (i32.add
                        (i32.mul
                         (local.get $7)
                         (i32.const 1)
                        )
                        (i32.sub
                         (i32.mul
                          (local.get $9)
                          (i32.const 1)
                         )
                         (i32.const 1)
                        )
                       )
                      )
                      (if
                       (i32.lt_u
                        (local.get $11)
                        (i32.const 13)
                       )
                       (then
                        (if
                         (i32.le_u
                          (local.get $13)
                          (i32.const 10)
                         )
                         (then
                          (local.set $14
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $6)
                                (i32.const 13)
                               )
                               (local.get $11)
                              )
                              (i32.const 13)
                             )
                             (local.get $13)
                            )
                            (i32.const 1536)
                           )
                          )
                          (local.set $15
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $16)
                                (i32.const 3)
                               )
                               (local.get $9)
                              )
                              (i32.const 3)
                             )
                             (i32.const 0)
                            )
                            (i32.const 1536)
                           )
                          )
                          (memory.copy
                           (i32.add
                            (local.get $15)
                            (i32.const 253077376)
                           )
                           (i32.add
                            (local.get $14)
                            (i32.const 250754128)
                           )
                           (i32.const 4608)
                          )
                         )
                         (else
                          (local.set $10
                           (i32.const 0)
                          )
                          (loop $for0
                           (local.set $12
                            (i32.add
                             (local.get $13)
                             (i32.mul
                              (local.get $10)
                              (i32.const 1)
                             )
                            )
                           )
                           (local.set $15
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (local.get $16)
                                 (i32.const 3)
                                )
                                (local.get $9)
                               )
                               (i32.const 3)
                              )
                              (local.get $10)
                             )
                             (i32.const 1536)
                            )
                           )
                           (if
                            (i32.lt_u
                             (local.get $12)
                             (i32.const 13)
                            )
                            (then
                             (local.set $14
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (i32.add
                                  (i32.mul
                                   (local.get $6)
                                   (i32.const 13)
                                  )
                                  (local.get $11)
                                 )
                                 (i32.const 13)
                                )
                                (local.get $12)
                               )
                               (i32.const 1536)
                              )
                             )
                             (memory.copy
                              (i32.add
                               (local.get $15)
                               (i32.const 253077376)
                              )
                              (i32.add
                               (local.get $14)
                               (i32.const 250754128)
                              )
                              (i32.const 1536)
                             )
                            )
                            (else
                             (memory.fill
                              (i32.add
                               (local.get $15)
                               (i32.const 253077376)
                              )
                              (i32.const 0)
                              (i32.const 1536)
                             )
                            )
                           )
                           (local.set $10
                            (i32.add
                             (local.get $10)
                             (i32.const 1)
                            )
                           )
                           (br_if $for0
                            (i32.lt_s
                             (local.get $10)
                             (i32.const 3)
                            )
                           )
                          )
                         )
                        )
                       )
                       (else
                        (local.set $15
                         (i32.mul
                          (i32.add
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (local.get $16)
                              (i32.const 3)
                             )
                             (local.get $9)
                            )
                            (i32.const 3)
                           )
                           (i32.const 0)
                          )
                          (i32.const 1536)
                         )
                        )
                        (memory.fill
                         (i32.add
                          (local.get $15)
                          (i32.const 253077376)
                         )
                         (i32.const 0)
                         (i32.const 4608)
                        )
                       )
                      )
                      (local.set $9
                       (i32.add
                        (local.get $9)
                        (i32.const 1)
                       )
                      )
                      (br_if $for1
                       (i32.lt_s
                        (local.get $9)
                        (i32.const 3)
                       )
                      )
                     )
                    )
                    (local.set $16
                     (i32.add
                      (local.get $16)
                      (i32.const 1)
                     )
                    )
                    (local.set $8
                     (i32.add
                      (local.get $8)
                      (i32.const 1)
                     )
                    )
                    (br_if $for2
                     (i32.lt_s
                      (local.get $8)
                      (i32.const 13)
                     )
                    )
                   )
                  )
                  (local.set $17
                   (i32.add
                    (local.get $17)
                    (i32.const 1)
                   )
                  )
                  (br_if $tile3
                   (i32.lt_s
                    (local.get $17)
                    (select
                     (local.get $5)
                     (i32.const 26)
                     (i32.lt_s
                      (local.get $5)
                      (i32.const 26)
                     )
                    )
                   )
                  )
                 )
                )
               )
              )
              (call $k6_conv5_conv2d_add_compare_where_gemm
               (local.get $3)
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (local.set $3
               (i32.add
                (local.get $3)
                (i32.const 1)
               )
              )
              (br_if $block4
               (i32.lt_s
                (local.get $3)
                (select
                 (local.get $2)
                 (i32.const 26)
                 (i32.lt_s
                  (local.get $2)
                  (i32.const 26)
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
       (else
        (if
         (i32.eq
          (local.get $0)
          (i32.const 3)
         )
         (then
          (if
           (i32.load
            (i32.const 261288832)
           )
           (then
            (local.set $1
             (i32.const 0)
            )
            (local.set $2
             (i32.const 2)
            )
            (memory.fill
             (i32.const 249517408)
             (i32.const 0)
             (i32.const 346112)
            )
            (block
             (local.set $24
              (local.get $1)
             )
             (if
              (i32.lt_s
               (local.get $24)
               (select
                (local.get $2)
                (i32.const 2)
                (i32.lt_s
                 (local.get $2)
                 (i32.const 2)
                )
               )
              )
              (then
               (loop $tile13
                (local.set $34
                 (i32.mul
                  (local.get $24)
                  (i32.const 169)
                 )
                )
                (block
                 (local.set $25
                  (i32.const 0)
                 )
                 (loop $for12
                  (block
                   (local.set $26
                    (i32.const 0)
                   )
                   (loop $for11
                    (local.set $31
                     (i32.sub
                      (i32.mul
                       (local.get $26)
                       (i32.const 1)
                      )
                      (i32.const 1)
                     )
                    )
                    (block
                     (local.set $27
                      (i32.const 0)
                     )
                     (loop $for10
                      (local.set $29
                       (i32.add
                        (i32.mul
                         (local.get $25)
                         (i32.const 1)
                        )
                        (i32.sub
                         (i32.mul
                          (local.get $27)
                          (i32.const 1)
                         )
                         (i32.const 1)
                        )
                       )
                      )
                      (if
                       (i32.lt_u
                        (local.get $29)
                        (i32.const 13)
                       )
                       (then
                        (if
                         (i32.le_u
                          (local.get $31)
                          (i32.const 10)
                         )
                         (then
                          (local.set $32
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $24)
                                (i32.const 13)
                               )
                               (local.get $29)
                              )
                              (i32.const 13)
                             )
                             (local.get $31)
                            )
                            (i32.const 1536)
                           )
                          )
                          (local.set $33
                           (i32.mul
                            (i32.add
                             (i32.mul
                              (i32.add
                               (i32.mul
                                (local.get $34)
                                (i32.const 3)
                               )
                               (local.get $27)
                              )
                              (i32.const 3)
                             )
                             (i32.const 0)
                            )
                            (i32.const 1536)
                           )
                          )
                          (block
                           (local.set $18
                            (i32.const 0)
                           )
                           (loop $for9
                            (local.set $23
                             (f32.load offset=250754128
                              (i32.add
                               (local.get $32)
                               (i32.shl
                                (local.get $18)
                                (i32.const 2)
                               )
                              )
                             )
                            )
                            (local.set $20
                             (i32.div_u
                              (i32.shr_u
                               (local.get $33)
                               (i32.const 2)
                              )
                              (i32.const 3456)
                             )
                            )
                            (local.set $21
                             (i32.add
                              (i32.rem_u
                               (i32.shr_u
                                (local.get $33)
                                (i32.const 2)
                               )
                               (i32.const 3456)
                              )
                              (local.get $18)
                             )
                            )
                            (block
                             (local.set $19
                              (i32.const 0)
                             )
                             (loop $for8
                              (local.set $22
                               (i32.shl
                                (i32.add
                                 (i32.mul
                                  (local.get $20)
                                  (i32.const 256)
                                 )
                                 (local.get $19)
                                )
                                (i32.const 2)
                               )
                              )
                              (f32.store offset=249517408
                               (local.get $22)
                               (f32.add
                                (f32.load offset=249517408
                                 (local.get $22)
                                )
                                (f32.mul
                                 (local.get $23)
                                 (f32.load offset=11448832
                                  (i32.shl
                                   (i32.add
                                    (i32.mul
                                     (local.get $21)
                                     (i32.const 256)
                                    )
                                    (local.get $19)
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                )
                               )
                              )
                              (local.set $19
                               (i32.add
                                (local.get $19)
                                (i32.const 1)
                               )
                              )
                              (br_if $for8
                               (i32.lt_s
                                (local.get $19)
                                (i32.const 256)
                               )
                              )
                             )
                            )
                            (local.set $18
                             (i32.add
                              (local.get $18)
                              (i32.const 1)
                             )
                            )
                            (br_if $for9
                             (i32.lt_s
                              (local.get $18)
                              (i32.const 1152)
                             )
                            )
                           )
                          )
                         )
                         (else
                          (local.set $28
                           (i32.const 0)
                          )
                          (loop $for7
                           (local.set $30
                            (i32.add
                             (local.get $31)
                             (i32.mul
                              (local.get $28)
                              (i32.const 1)
                             )
                            )
                           )
                           (local.set $33
                            (i32.mul
                             (i32.add
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (local.get $34)
                                 (i32.const 3)
                                )
                                (local.get $27)
                               )
                               (i32.const 3)
                              )
                              (local.get $28)
                             )
                             (i32.const 1536)
                            )
                           )
                           (if
                            (i32.lt_u
                             (local.get $30)
                             (i32.const 13)
                            )
                            (then
                             (local.set $32
                              (i32.mul
                               (i32.add
                                (i32.mul
                                 (i32.add
                                  (i32.mul
                                   (local.get $24)
                                   (i32.const 13)
                                  )
                                  (local.get $29)
                                 )
                                 (i32.const 13)
                                )
                                (local.get $30)
                               )
                               (i32.const 1536)
                              )
                             )
                             (block
                              (local.set $18
                               (i32.const 0)
                              )
                              (loop $for6
                               (local.set $23
                                (f32.load offset=250754128
                                 (i32.add
                                  (local.get $32)
                                  (i32.shl
                                   (local.get $18)
                                   (i32.const 2)
                                  )
                                 )
                                )
                               )
                               (local.set $20
                                (i32.div_u
                                 (i32.shr_u
                                  (local.get $33)
                                  (i32.const 2)
                                 )
                                 (i32.const 3456)
                                )
                               )
                               (local.set $21
                                (i32.add
                                 (i32.rem_u
                                  (i32.shr_u
                                   (local.get $33)
                                   (i32.const 2)
                                  )
                                  (i32.const 3456)
                                 )
                                 (local.get $18)
                                )
                               )
                               (block
                                (local.set $19
                                 (i32.const 0)
                                )
                                (loop $for5
                                 (local.set $22
                                  (i32.shl
                                   (i32.add
                                    (i32.mul
                                     (local.get $20)
                                     (i32.const 256)
                                    )
                                    (local.get $19)
                                   )
                                   (i32.const 2)
                                  )
                                 )
                                 (f32.store offset=249517408
                                  (local.get $22)
                                  (f32.add
                                   (f32.load offset=249517408
                                    (local.get $22)
                                   )
                                   (f32.mul
                                    (local.get $23)
                                    (f32.load offset=11448832
                                     (i32.shl
                                      (i32.add
                                       (i32.mul
                                        (local.get $21)
                                        (i32.const 256)
                                       )
                                       (local.get $19)
                                      )
                                      (i32.const 2)
                                     )
                                    )
                                   )
                                  )
                                 )
                                 (local.set $19
                                  (i32.add
                                   (local.get $19)
                                   (i32.const 1)
                                  )
                                 )
                                 (br_if $for5
                                  (i32.lt_s
                                   (local.get $19)
                                   (i32.const 256)
                                  )
                                 )
                                )
                               )
                               (local.set $18
                                (i32.add
                                 (local.get $18)
                                 (i32.const 1)
                                )
                               )
                               (br_if $for6
                                (i32.lt_s
                                 (local.get $18)
                                 (i32.const 384)
                                )
                               )
                              )
                             )
                            )
                           )
                           (local.set $28
                            (i32.add
                             (local.get $28)
                             (i32.const 1)
                            )
                           )
                           (br_if $for7
                            (i32.lt_s
                             (local.get $28)
                             (i32.const 3)
                            )
                           )
                          )
                         )
                        )
                       )
                      )
                      (local.set $27
                       (i32.add
                        (local.get $27)
                        (i32.const 1)
                       )
                      )
                      (br_if $for10
                       (i32.lt_s
                        (local.get $27)
                        (i32.const 3)
                       )
                      )
                     )
                    )
                    (local.set $34
                     (i32.add
                      (local.get $34)
                      (i32.const 1)
                     )
                    )
                    (local.set $26
                     (i32.add
                      (local.get $26)
                      (i32.const 1)
                     )
                    )
                    (br_if $for11
                     (i32.lt_s
                      (local.get $26)
                      (i32.const 13)
                     )
                    )
                   )
                  )
                  (local.set $25
                   (i32.add
                    (local.get $25)
                    (i32.const 1)
                   )
                  )
                  (br_if $for12
                   (i32.lt_s
                    (local.get $25)
                    (i32.const 13)
                   )
                  )
                 )
                )
                (local.set $24
                 (i32.add
                  (local.get $24)
                  (i32.const 1)
                 )
                )
                (br_if $tile13
                 (i32.lt_s
                  (local.get $24)
                  (select
                   (local.get $2)
                   (i32.const 2)
                   (i32.lt_s
                    (local.get $2)
                    (i32.const 2)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
         (else
          (if
           (i32.load
            (i32.const 261288832)
           )
           (then
            (block
             (local.set $35
              (local.get $1)
             )
             (if
              (i32.lt_s
               (local.get $35)
               (select
                (local.get $2)
                (i32.const 2)
                (i32.lt_s
                 (local.get $2)
                 (i32.const 2)
                )
               )
              )
              (then
               (loop $tile17
                (block
                 (local.set $36
                  (i32.const 0)
                 )
                 (loop $for16
                  (block
                   (local.set $37
                    (i32.const 0)
                   )
                   (loop $for15
                    (block
                     (local.set $38
                      (i32.const 0)
                     )
                     (loop $for14
                      (local.set $39
                       (i32.add
                        (i32.add
                         (i32.add
                          (i32.mul
                           (local.get $35)
                           (i32.const 43264)
                          )
                          (i32.mul
                           (local.get $36)
                           (i32.const 3328)
                          )
                         )
                         (i32.mul
                          (local.get $37)
                          (i32.const 256)
                         )
                        )
                        (local.get $38)
                       )
                      )
                      (local.set $40
                       (v128.load offset=249517408 align=4
                        (i32.shl
                         (local.get $39)
                         (i32.const 2)
                        )
                       )
                      )
                      (local.set $41
                       (local.get $38)
                      )
                      (local.set $42
                       (v128.load offset=14987776 align=4
                        (i32.shl
                         (local.get $41)
                         (i32.const 2)
                        )
                       )
                      )
                      (local.set $43
                       (f32x4.add
                        (local.get $40)
                        (local.get $42)
                       )
                      )
                      (local.set $44
                       (v128.and
                        (f32x4.gt
                         (local.get $43)
                         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                        )
                        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
                       )
                      )
                      (local.set $45
                       (v128.bitselect
                        (local.get $43)
                        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                        (f32x4.ne
                         (local.get $44)
                         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
                        )
                       )
                      )
                      (v128.store offset=249517408 align=4
                       (i32.shl
                        (local.get $39)
                        (i32.const 2)
                       )
                       (local.get $45)
                      )
                      (local.set $38
                       (i32.add
                        (local.get $38)
                        (i32.const 4)
                       )
                      )
                      (br_if $for14
                       (i32.lt_s
                        (local.get $38)
                        (i32.const 256)
                       )
                      )
                     )
                    )
                    (local.set $37
                     (i32.add
                      (local.get $37)
                      (i32.const 1)
                     )
                    )
                    (br_if $for15
                     (i32.lt_s
                      (local.get $37)
                      (i32.const 13)
                     )
                    )
                   )
                  )
                  (local.set $36
                   (i32.add
                    (local.get $36)
                    (i32.const 1)
                   )
                  )
                  (br_if $for16
                   (i32.lt_s
                    (local.get $36)
                    (i32.const 13)
                   )
                  )
                 )
                )
                (local.set $35
                 (i32.add
                  (local.get $35)
                  (i32.const 1)
                 )
                )
                (br_if $tile17
                 (i32.lt_s
                  (local.get $35)
                  (select
                   (local.get $2)
                   (i32.const 2)
                   (i32.lt_s
                    (local.get $2)
                    (i32.const 2)
                   )
                  )
                 )
                )
               )
              )
             )
            )
           )
          )
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k7_maxPool (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 i32)
  (local $11 i32)
  (local $12 i32)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 2)
      (i32.lt_s
       (local.get $2)
       (i32.const 2)
      )
     )
    )
    (then
     (loop $tile5
      (block
       (local.set $4
        (i32.const 0)
       )
       (loop $for4
        (block
         (local.set $5
          (i32.const 0)
         )
         (loop $for3
          (block
           (local.set $6
            (i32.const 0)
           )
           (loop $for2
            (local.set $11
             (i32.add
              (i32.mul
               (i32.add
                (i32.mul
                 (i32.add
                  (i32.mul
                   (local.get $3)
                   (i32.const 6)
                  )
                  (local.get $4)
                 )
                 (i32.const 6)
                )
                (local.get $5)
               )
               (i32.const 256)
              )
              (local.get $6)
             )
            )
            (local.set $14
             (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
            )
            (block
             (local.set $7
              (i32.const 0)
             )
             (loop $for1
              (local.set $9
               (i32.add
                (i32.mul
                 (local.get $4)
                 (i32.const 2)
                )
                (i32.sub
                 (i32.mul
                  (local.get $7)
                  (i32.const 1)
                 )
                 (i32.const 0)
                )
               )
              )
              (if
               (i32.lt_u
                (local.get $9)
                (i32.const 13)
               )
               (then
                (local.set $8
                 (i32.const 0)
                )
                (loop $for0
                 (local.set $10
                  (i32.add
                   (i32.mul
                    (local.get $5)
                    (i32.const 2)
                   )
                   (i32.sub
                    (i32.mul
                     (local.get $8)
                     (i32.const 1)
                    )
                    (i32.const 0)
                   )
                  )
                 )
                 (if
                  (i32.lt_u
                   (local.get $10)
                   (i32.const 13)
                  )
                  (then
                   (local.set $12
                    (i32.add
                     (i32.mul
                      (i32.add
                       (i32.mul
                        (i32.add
                         (i32.mul
                          (local.get $3)
                          (i32.const 13)
                         )
                         (local.get $9)
                        )
                        (i32.const 13)
                       )
                       (local.get $10)
                      )
                      (i32.const 256)
                     )
                     (local.get $6)
                    )
                   )
                   (local.set $14
                    (f32x4.pmax
                     (local.get $14)
                     (v128.load offset=249517408 align=4
                      (i32.shl
                       (local.get $12)
                       (i32.const 2)
                      )
                     )
                    )
                   )
                  )
                 )
                 (local.set $8
                  (i32.add
                   (local.get $8)
                   (i32.const 1)
                  )
                 )
                 (br_if $for0
                  (i32.lt_s
                   (local.get $8)
                   (i32.const 3)
                  )
                 )
                )
               )
              )
              (local.set $7
               (i32.add
                (local.get $7)
                (i32.const 1)
               )
              )
              (br_if $for1
               (i32.lt_s
                (local.get $7)
                (i32.const 3)
               )
              )
             )
            )
            (v128.store offset=249863520 align=4
             (i32.shl
              (local.get $11)
              (i32.const 2)
             )
             (local.get $14)
            )
            (local.set $6
             (i32.add
              (local.get $6)
              (i32.const 4)
             )
            )
            (br_if $for2
             (i32.lt_s
              (local.get $6)
              (i32.const 256)
             )
            )
           )
          )
          (local.set $5
           (i32.add
            (local.get $5)
            (i32.const 1)
           )
          )
          (br_if $for3
           (i32.lt_s
            (local.get $5)
            (i32.const 6)
           )
          )
         )
        )
        (local.set $4
         (i32.add
          (local.get $4)
          (i32.const 1)
         )
        )
        (br_if $for4
         (i32.lt_s
          (local.get $4)
          (i32.const 6)
         )
        )
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile5
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 2)
         (i32.lt_s
          (local.get $2)
          (i32.const 2)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k9_fc6_matmul_add_compare_where_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 i32)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 v128)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 i32)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 v128)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 v128)
  (local $77 v128)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 i32)
  (local $82 i32)
  (local $83 i32)
  (local $84 i32)
  (local $85 v128)
  (local $86 v128)
  (local $87 v128)
  (local $88 v128)
  (local $89 v128)
  (local $90 i32)
  (local $91 i32)
  (local $92 i32)
  (local $93 i32)
  (local $94 v128)
  (local $95 v128)
  (local $96 v128)
  (local $97 v128)
  (local $98 v128)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 i32)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 v128)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
  (local $111 i32)
  (local $112 v128)
  (local $113 v128)
  (local $114 v128)
  (local $115 v128)
  (local $116 v128)
  (local $117 i32)
  (local $118 i32)
  (local $119 i32)
  (local $120 i32)
  (local $121 v128)
  (local $122 v128)
  (local $123 v128)
  (local $124 v128)
  (local $125 v128)
  (local $126 i32)
  (local $127 i32)
  (local $128 i32)
  (local $129 i32)
  (local $130 v128)
  (local $131 v128)
  (local $132 v128)
  (local $133 v128)
  (local $134 v128)
  (local $135 i32)
  (local $136 i32)
  (local $137 i32)
  (local $138 i32)
  (local $139 v128)
  (local $140 v128)
  (local $141 v128)
  (local $142 v128)
  (local $143 v128)
  (local $144 i32)
  (local $145 i32)
  (local $146 i32)
  (local $147 i32)
  (local $148 v128)
  (local $149 v128)
  (local $150 v128)
  (local $151 v128)
  (local $152 v128)
  (local $153 i32)
  (local $154 i32)
  (local $155 i32)
  (local $156 i32)
  (local $157 v128)
  (local $158 v128)
  (local $159 v128)
  (local $160 v128)
  (local $161 v128)
  (local $162 i32)
  (local $163 i32)
  (local $164 i32)
  (local $165 i32)
  (local $166 v128)
  (local $167 v128)
  (local $168 v128)
  (local $169 v128)
  (local $170 v128)
  (local $171 i32)
  (local $172 i32)
  (local $173 i32)
  (local $174 i32)
  (local $175 v128)
  (local $176 v128)
  (local $177 v128)
  (local $178 v128)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 128)
      (i32.lt_s
       (local.get $1)
       (i32.const 128)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 128)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $6
        (i32.mul
         (local.get $3)
         (i32.const 36864)
        )
       )
       (local.set $7
        (local.get $5)
       )
       (local.set $10
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $11
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $12
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $13
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $14
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $15
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $16
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $17
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $18
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $19
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $20
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $21
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $22
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $23
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $24
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $25
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $8
        (i32.add
         (local.get $7)
         (i32.const 150994944)
        )
       )
       (loop $k2
        (local.set $26
         (v128.load offset=14988816 align=4
          (local.get $7)
         )
        )
        (local.set $27
         (v128.load offset=14988832 align=4
          (local.get $7)
         )
        )
        (local.set $28
         (v128.load offset=14988848 align=4
          (local.get $7)
         )
        )
        (local.set $29
         (v128.load offset=14988864 align=4
          (local.get $7)
         )
        )
        (local.set $30
         (v128.load offset=14988880 align=4
          (local.get $7)
         )
        )
        (local.set $31
         (v128.load offset=14988896 align=4
          (local.get $7)
         )
        )
        (local.set $32
         (v128.load offset=14988912 align=4
          (local.get $7)
         )
        )
        (local.set $33
         (v128.load offset=14988928 align=4
          (local.get $7)
         )
        )
        (local.set $34
         (v128.load32_splat offset=249863520
          (local.get $6)
         )
        )
        (local.set $10
         (f32x4.add
          (local.get $10)
          (f32x4.mul
           (local.get $34)
           (local.get $26)
          )
         )
        )
        (local.set $11
         (f32x4.add
          (local.get $11)
          (f32x4.mul
           (local.get $34)
           (local.get $27)
          )
         )
        )
        (local.set $12
         (f32x4.add
          (local.get $12)
          (f32x4.mul
           (local.get $34)
           (local.get $28)
          )
         )
        )
        (local.set $13
         (f32x4.add
          (local.get $13)
          (f32x4.mul
           (local.get $34)
           (local.get $29)
          )
         )
        )
        (local.set $14
         (f32x4.add
          (local.get $14)
          (f32x4.mul
           (local.get $34)
           (local.get $30)
          )
         )
        )
        (local.set $15
         (f32x4.add
          (local.get $15)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $16
         (f32x4.add
          (local.get $16)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $17
         (f32x4.add
          (local.get $17)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $34
         (v128.load32_splat offset=249900384
          (local.get $6)
         )
        )
        (local.set $18
         (f32x4.add
          (local.get $18)
          (f32x4.mul
           (local.get $34)
           (local.get $26)
          )
         )
        )
        (local.set $19
         (f32x4.add
          (local.get $19)
          (f32x4.mul
           (local.get $34)
           (local.get $27)
          )
         )
        )
        (local.set $20
         (f32x4.add
          (local.get $20)
          (f32x4.mul
           (local.get $34)
           (local.get $28)
          )
         )
        )
        (local.set $21
         (f32x4.add
          (local.get $21)
          (f32x4.mul
           (local.get $34)
           (local.get $29)
          )
         )
        )
        (local.set $22
         (f32x4.add
          (local.get $22)
          (f32x4.mul
           (local.get $34)
           (local.get $30)
          )
         )
        )
        (local.set $23
         (f32x4.add
          (local.get $23)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $6
         (i32.add
          (local.get $6)
          (i32.const 4)
         )
        )
        (local.set $7
         (i32.add
          (local.get $7)
          (i32.const 16384)
         )
        )
        (br_if $k2
         (i32.ne
          (local.get $7)
          (local.get $8)
         )
        )
       )
       (local.set $9
        (i32.add
         (i32.mul
          (local.get $3)
          (i32.const 16384)
         )
         (i32.shl
          (local.get $4)
          (i32.const 2)
         )
        )
       )
       (v128.store offset=249517408 align=4
        (local.get $9)
        (block (result v128)
         (local.set $35
          (local.get $10)
         )
         (local.set $36
          (local.get $3)
         )
         (local.set $37
          (local.get $4)
         )
         (local.set $38
          (i32.add
           (i32.mul
            (local.get $36)
            (i32.const 4096)
           )
           (local.get $37)
          )
         )
         (local.set $39
          (local.get $37)
         )
         (local.set $40
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $39)
            (i32.const 2)
           )
          )
         )
         (local.set $41
          (f32x4.add
           (local.get $35)
           (local.get $40)
          )
         )
         (local.set $42
          (v128.and
           (f32x4.gt
            (local.get $41)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $43
          (v128.bitselect
           (local.get $41)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $42)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $43)
        )
       )
       (v128.store offset=249517424 align=4
        (local.get $9)
        (block (result v128)
         (local.set $44
          (local.get $11)
         )
         (local.set $45
          (local.get $3)
         )
         (local.set $46
          (i32.add
           (local.get $4)
           (i32.const 4)
          )
         )
         (local.set $47
          (i32.add
           (i32.mul
            (local.get $45)
            (i32.const 4096)
           )
           (local.get $46)
          )
         )
         (local.set $48
          (local.get $46)
         )
         (local.set $49
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $48)
            (i32.const 2)
           )
          )
         )
         (local.set $50
          (f32x4.add
           (local.get $44)
           (local.get $49)
          )
         )
         (local.set $51
          (v128.and
           (f32x4.gt
            (local.get $50)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $52
          (v128.bitselect
           (local.get $50)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $51)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $52)
        )
       )
       (v128.store offset=249517440 align=4
        (local.get $9)
        (block (result v128)
         (local.set $53
          (local.get $12)
         )
         (local.set $54
          (local.get $3)
         )
         (local.set $55
          (i32.add
           (local.get $4)
           (i32.const 8)
          )
         )
         (local.set $56
          (i32.add
           (i32.mul
            (local.get $54)
            (i32.const 4096)
           )
           (local.get $55)
          )
         )
         (local.set $57
          (local.get $55)
         )
         (local.set $58
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $57)
            (i32.const 2)
           )
          )
         )
         (local.set $59
          (f32x4.add
           (local.get $53)
           (local.get $58)
          )
         )
         (local.set $60
          (v128.and
           (f32x4.gt
            (local.get $59)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $61
          (v128.bitselect
           (local.get $59)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $60)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $61)
        )
       )
       (v128.store offset=249517456 align=4
        (local.get $9)
        (block (result v128)
         (local.set $62
          (local.get $13)
         )
         (local.set $63
          (local.get $3)
         )
         (local.set $64
          (i32.add
           (local.get $4)
           (i32.const 12)
          )
         )
         (local.set $65
          (i32.add
           (i32.mul
            (local.get $63)
            (i32.const 4096)
           )
           (local.get $64)
          )
         )
         (local.set $66
          (local.get $64)
         )
         (local.set $67
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $66)
            (i32.const 2)
           )
          )
         )
         (local.set $68
          (f32x4.add
           (local.get $62)
           (local.get $67)
          )
         )
         (local.set $69
          (v128.and
           (f32x4.gt
            (local.get $68)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $70
          (v128.bitselect
           (local.get $68)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $69)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $70)
        )
       )
       (v128.store offset=249517472 align=4
        (local.get $9)
        (block (result v128)
         (local.set $71
          (local.get $14)
         )
         (local.set $72
          (local.get $3)
         )
         (local.set $73
          (i32.add
           (local.get $4)
           (i32.const 16)
          )
         )
         (local.set $74
          (i32.add
           (i32.mul
            (local.get $72)
            (i32.const 4096)
           )
           (local.get $73)
          )
         )
         (local.set $75
          (local.get $73)
         )
         (local.set $76
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $75)
            (i32.const 2)
           )
          )
         )
         (local.set $77
          (f32x4.add
           (local.get $71)
           (local.get $76)
          )
         )
         (local.set $78
          (v128.and
           (f32x4.gt
            (local.get $77)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $79
          (v128.bitselect
           (local.get $77)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $78)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $79)
        )
       )
       (v128.store offset=249517488 align=4
        (local.get $9)
        (block (result v128)
         (local.set $80
          (local.get $15)
         )
         (local.set $81
          (local.get $3)
         )
         (local.set $82
          (i32.add
           (local.get $4)
           (i32.const 20)
          )
         )
         (local.set $83
          (i32.add
           (i32.mul
            (local.get $81)
            (i32.const 4096)
           )
           (local.get $82)
          )
         )
         (local.set $84
          (local.get $82)
         )
         (local.set $85
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $84)
            (i32.const 2)
           )
          )
         )
         (local.set $86
          (f32x4.add
           (local.get $80)
           (local.get $85)
          )
         )
         (local.set $87
          (v128.and
           (f32x4.gt
            (local.get $86)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $88
          (v128.bitselect
           (local.get $86)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $87)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $88)
        )
       )
       (v128.store offset=249517504 align=4
        (local.get $9)
        (block (result v128)
         (local.set $89
          (local.get $16)
         )
         (local.set $90
          (local.get $3)
         )
         (local.set $91
          (i32.add
           (local.get $4)
           (i32.const 24)
          )
         )
         (local.set $92
          (i32.add
           (i32.mul
            (local.get $90)
            (i32.const 4096)
           )
           (local.get $91)
          )
         )
         (local.set $93
          (local.get $91)
         )
         (local.set $94
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $93)
            (i32.const 2)
           )
          )
         )
         (local.set $95
          (f32x4.add
           (local.get $89)
           (local.get $94)
          )
         )
         (local.set $96
          (v128.and
           (f32x4.gt
            (local.get $95)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $97
          (v128.bitselect
           (local.get $95)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $96)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $97)
        )
       )
       (v128.store offset=249517520 align=4
        (local.get $9)
        (block (result v128)
         (local.set $98
          (local.get $17)
         )
         (local.set $99
          (local.get $3)
         )
         (local.set $100
          (i32.add
           (local.get $4)
           (i32.const 28)
          )
         )
         (local.set $101
          (i32.add
           (i32.mul
            (local.get $99)
            (i32.const 4096)
           )
           (local.get $100)
          )
         )
         (local.set $102
          (local.get $100)
         )
         (local.set $103
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $102)
            (i32.const 2)
           )
          )
         )
         (local.set $104
          (f32x4.add
           (local.get $98)
           (local.get $103)
          )
         )
         (local.set $105
          (v128.and
           (f32x4.gt
            (local.get $104)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $106
          (v128.bitselect
           (local.get $104)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $105)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $106)
        )
       )
       (v128.store offset=249533792 align=4
        (local.get $9)
        (block (result v128)
         (local.set $107
          (local.get $18)
         )
         (local.set $108
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $109
          (local.get $4)
         )
         (local.set $110
          (i32.add
           (i32.mul
            (local.get $108)
            (i32.const 4096)
           )
           (local.get $109)
          )
         )
         (local.set $111
          (local.get $109)
         )
         (local.set $112
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $111)
            (i32.const 2)
           )
          )
         )
         (local.set $113
          (f32x4.add
           (local.get $107)
           (local.get $112)
          )
         )
         (local.set $114
          (v128.and
           (f32x4.gt
            (local.get $113)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $115
          (v128.bitselect
           (local.get $113)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $114)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $115)
        )
       )
       (v128.store offset=249533808 align=4
        (local.get $9)
        (block (result v128)
         (local.set $116
          (local.get $19)
         )
         (local.set $117
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $118
          (i32.add
           (local.get $4)
           (i32.const 4)
          )
         )
         (local.set $119
          (i32.add
           (i32.mul
            (local.get $117)
            (i32.const 4096)
           )
           (local.get $118)
          )
         )
         (local.set $120
          (local.get $118)
         )
         (local.set $121
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $120)
            (i32.const 2)
           )
          )
         )
         (local.set $122
          (f32x4.add
           (local.get $116)
           (local.get $121)
          )
         )
         (local.set $123
          (v128.and
           (f32x4.gt
            (local.get $122)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $124
          (v128.bitselect
           (local.get $122)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $123)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $124)
        )
       )
       (v128.store offset=249533824 align=4
        (local.get $9)
        (block (result v128)
         (local.set $125
          (local.get $20)
         )
         (local.set $126
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $127
          (i32.add
           (local.get $4)
           (i32.const 8)
          )
         )
         (local.set $128
          (i32.add
           (i32.mul
            (local.get $126)
            (i32.const 4096)
           )
           (local.get $127)
          )
         )
         (local.set $129
          (local.get $127)
         )
         (local.set $130
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $129)
            (i32.const 2)
           )
          )
         )
         (local.set $131
          (f32x4.add
           (local.get $125)
           (local.get $130)
          )
         )
         (local.set $132
          (v128.and
           (f32x4.gt
            (local.get $131)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $133
          (v128.bitselect
           (local.get $131)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $132)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $133)
        )
       )
       (v128.store offset=249533840 align=4
        (local.get $9)
        (block (result v128)
         (local.set $134
          (local.get $21)
         )
         (local.set $135
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $136
          (i32.add
           (local.get $4)
           (i32.const 12)
          )
         )
         (local.set $137
          (i32.add
           (i32.mul
            (local.get $135)
            (i32.const 4096)
           )
           (local.get $136)
          )
         )
         (local.set $138
          (local.get $136)
         )
         (local.set $139
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $138)
            (i32.const 2)
           )
          )
         )
         (local.set $140
          (f32x4.add
           (local.get $134)
           (local.get $139)
          )
         )
         (local.set $141
          (v128.and
           (f32x4.gt
            (local.get $140)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $142
          (v128.bitselect
           (local.get $140)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $141)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $142)
        )
       )
       (v128.store offset=249533856 align=4
        (local.get $9)
        (block (result v128)
         (local.set $143
          (local.get $22)
         )
         (local.set $144
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $145
          (i32.add
           (local.get $4)
           (i32.const 16)
          )
         )
         (local.set $146
          (i32.add
           (i32.mul
            (local.get $144)
            (i32.const 4096)
           )
           (local.get $145)
          )
         )
         (local.set $147
          (local.get $145)
         )
         (local.set $148
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $147)
            (i32.const 2)
           )
          )
         )
         (local.set $149
          (f32x4.add
           (local.get $143)
           (local.get $148)
          )
         )
         (local.set $150
          (v128.and
           (f32x4.gt
            (local.get $149)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $151
          (v128.bitselect
           (local.get $149)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $150)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $151)
        )
       )
       (v128.store offset=249533872 align=4
        (local.get $9)
        (block (result v128)
         (local.set $152
          (local.get $23)
         )
         (local.set $153
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $154
          (i32.add
           (local.get $4)
           (i32.const 20)
          )
         )
         (local.set $155
          (i32.add
           (i32.mul
            (local.get $153)
            (i32.const 4096)
           )
           (local.get $154)
          )
         )
         (local.set $156
          (local.get $154)
         )
         (local.set $157
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $156)
            (i32.const 2)
           )
          )
         )
         (local.set $158
          (f32x4.add
           (local.get $152)
           (local.get $157)
          )
         )
         (local.set $159
          (v128.and
           (f32x4.gt
            (local.get $158)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $160
          (v128.bitselect
           (local.get $158)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $159)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $160)
        )
       )
       (v128.store offset=249533888 align=4
        (local.get $9)
        (block (result v128)
         (local.set $161
          (local.get $24)
         )
         (local.set $162
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $163
          (i32.add
           (local.get $4)
           (i32.const 24)
          )
         )
         (local.set $164
          (i32.add
           (i32.mul
            (local.get $162)
            (i32.const 4096)
           )
           (local.get $163)
          )
         )
         (local.set $165
          (local.get $163)
         )
         (local.set $166
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $165)
            (i32.const 2)
           )
          )
         )
         (local.set $167
          (f32x4.add
           (local.get $161)
           (local.get $166)
          )
         )
         (local.set $168
          (v128.and
           (f32x4.gt
            (local.get $167)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $169
          (v128.bitselect
           (local.get $167)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $168)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $169)
        )
       )
       (v128.store offset=249533904 align=4
        (local.get $9)
        (block (result v128)
         (local.set $170
          (local.get $25)
         )
         (local.set $171
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $172
          (i32.add
           (local.get $4)
           (i32.const 28)
          )
         )
         (local.set $173
          (i32.add
           (i32.mul
            (local.get $171)
            (i32.const 4096)
           )
           (local.get $172)
          )
         )
         (local.set $174
          (local.get $172)
         )
         (local.set $175
          (v128.load offset=165983760 align=4
           (i32.shl
            (local.get $174)
            (i32.const 2)
           )
          )
         )
         (local.set $176
          (f32x4.add
           (local.get $170)
           (local.get $175)
          )
         )
         (local.set $177
          (v128.and
           (f32x4.gt
            (local.get $176)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $178
          (v128.bitselect
           (local.get $176)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $177)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $178)
        )
       )
       (local.set $3
        (i32.add
         (local.get $3)
         (i32.const 2)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 128)
         (i32.lt_s
          (local.get $1)
          (i32.const 128)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k9_fc6_matmul_add_compare_where (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k9_fc6_matmul_add_compare_where_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k10_fc7_matmul_add_compare_where_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 v128)
  (local $44 v128)
  (local $45 i32)
  (local $46 i32)
  (local $47 i32)
  (local $48 i32)
  (local $49 v128)
  (local $50 v128)
  (local $51 v128)
  (local $52 v128)
  (local $53 v128)
  (local $54 i32)
  (local $55 i32)
  (local $56 i32)
  (local $57 i32)
  (local $58 v128)
  (local $59 v128)
  (local $60 v128)
  (local $61 v128)
  (local $62 v128)
  (local $63 i32)
  (local $64 i32)
  (local $65 i32)
  (local $66 i32)
  (local $67 v128)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 v128)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 i32)
  (local $76 v128)
  (local $77 v128)
  (local $78 v128)
  (local $79 v128)
  (local $80 v128)
  (local $81 i32)
  (local $82 i32)
  (local $83 i32)
  (local $84 i32)
  (local $85 v128)
  (local $86 v128)
  (local $87 v128)
  (local $88 v128)
  (local $89 v128)
  (local $90 i32)
  (local $91 i32)
  (local $92 i32)
  (local $93 i32)
  (local $94 v128)
  (local $95 v128)
  (local $96 v128)
  (local $97 v128)
  (local $98 v128)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 i32)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 v128)
  (local $107 v128)
  (local $108 i32)
  (local $109 i32)
  (local $110 i32)
  (local $111 i32)
  (local $112 v128)
  (local $113 v128)
  (local $114 v128)
  (local $115 v128)
  (local $116 v128)
  (local $117 i32)
  (local $118 i32)
  (local $119 i32)
  (local $120 i32)
  (local $121 v128)
  (local $122 v128)
  (local $123 v128)
  (local $124 v128)
  (local $125 v128)
  (local $126 i32)
  (local $127 i32)
  (local $128 i32)
  (local $129 i32)
  (local $130 v128)
  (local $131 v128)
  (local $132 v128)
  (local $133 v128)
  (local $134 v128)
  (local $135 i32)
  (local $136 i32)
  (local $137 i32)
  (local $138 i32)
  (local $139 v128)
  (local $140 v128)
  (local $141 v128)
  (local $142 v128)
  (local $143 v128)
  (local $144 i32)
  (local $145 i32)
  (local $146 i32)
  (local $147 i32)
  (local $148 v128)
  (local $149 v128)
  (local $150 v128)
  (local $151 v128)
  (local $152 v128)
  (local $153 i32)
  (local $154 i32)
  (local $155 i32)
  (local $156 i32)
  (local $157 v128)
  (local $158 v128)
  (local $159 v128)
  (local $160 v128)
  (local $161 v128)
  (local $162 i32)
  (local $163 i32)
  (local $164 i32)
  (local $165 i32)
  (local $166 v128)
  (local $167 v128)
  (local $168 v128)
  (local $169 v128)
  (local $170 v128)
  (local $171 i32)
  (local $172 i32)
  (local $173 i32)
  (local $174 i32)
  (local $175 v128)
  (local $176 v128)
  (local $177 v128)
  (local $178 v128)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 128)
      (i32.lt_s
       (local.get $1)
       (i32.const 128)
      )
     )
    )
    (then
     (loop $panel0
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 128)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $6
        (i32.mul
         (local.get $3)
         (i32.const 16384)
        )
       )
       (local.set $7
        (local.get $5)
       )
       (local.set $10
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $11
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $12
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $13
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $14
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $15
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $16
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $17
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $18
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $19
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $20
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $21
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $22
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $23
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $24
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $25
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $8
        (i32.add
         (local.get $7)
         (i32.const 67108864)
        )
       )
       (loop $k2
        (local.set $26
         (v128.load offset=166000160 align=4
          (local.get $7)
         )
        )
        (local.set $27
         (v128.load offset=166000176 align=4
          (local.get $7)
         )
        )
        (local.set $28
         (v128.load offset=166000192 align=4
          (local.get $7)
         )
        )
        (local.set $29
         (v128.load offset=166000208 align=4
          (local.get $7)
         )
        )
        (local.set $30
         (v128.load offset=166000224 align=4
          (local.get $7)
         )
        )
        (local.set $31
         (v128.load offset=166000240 align=4
          (local.get $7)
         )
        )
        (local.set $32
         (v128.load offset=166000256 align=4
          (local.get $7)
         )
        )
        (local.set $33
         (v128.load offset=166000272 align=4
          (local.get $7)
         )
        )
        (local.set $34
         (v128.load32_splat offset=249517408
          (local.get $6)
         )
        )
        (local.set $10
         (f32x4.add
          (local.get $10)
          (f32x4.mul
           (local.get $34)
           (local.get $26)
          )
         )
        )
        (local.set $11
         (f32x4.add
          (local.get $11)
          (f32x4.mul
           (local.get $34)
           (local.get $27)
          )
         )
        )
        (local.set $12
         (f32x4.add
          (local.get $12)
          (f32x4.mul
           (local.get $34)
           (local.get $28)
          )
         )
        )
        (local.set $13
         (f32x4.add
          (local.get $13)
          (f32x4.mul
           (local.get $34)
           (local.get $29)
          )
         )
        )
        (local.set $14
         (f32x4.add
          (local.get $14)
          (f32x4.mul
           (local.get $34)
           (local.get $30)
          )
         )
        )
        (local.set $15
         (f32x4.add
          (local.get $15)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $16
         (f32x4.add
          (local.get $16)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $17
         (f32x4.add
          (local.get $17)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $34
         (v128.load32_splat offset=249533792
          (local.get $6)
         )
        )
        (local.set $18
         (f32x4.add
          (local.get $18)
          (f32x4.mul
           (local.get $34)
           (local.get $26)
          )
         )
        )
        (local.set $19
         (f32x4.add
          (local.get $19)
          (f32x4.mul
           (local.get $34)
           (local.get $27)
          )
         )
        )
        (local.set $20
         (f32x4.add
          (local.get $20)
          (f32x4.mul
           (local.get $34)
           (local.get $28)
          )
         )
        )
        (local.set $21
         (f32x4.add
          (local.get $21)
          (f32x4.mul
           (local.get $34)
           (local.get $29)
          )
         )
        )
        (local.set $22
         (f32x4.add
          (local.get $22)
          (f32x4.mul
           (local.get $34)
           (local.get $30)
          )
         )
        )
        (local.set $23
         (f32x4.add
          (local.get $23)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $6
         (i32.add
          (local.get $6)
          (i32.const 4)
         )
        )
        (local.set $7
         (i32.add
          (local.get $7)
          (i32.const 16384)
         )
        )
        (br_if $k2
         (i32.ne
          (local.get $7)
          (local.get $8)
         )
        )
       )
       (local.set $9
        (i32.add
         (i32.mul
          (local.get $3)
          (i32.const 16384)
         )
         (i32.shl
          (local.get $4)
          (i32.const 2)
         )
        )
       )
       (v128.store offset=249550176 align=4
        (local.get $9)
        (block (result v128)
         (local.set $35
          (local.get $10)
         )
         (local.set $36
          (local.get $3)
         )
         (local.set $37
          (local.get $4)
         )
         (local.set $38
          (i32.add
           (i32.mul
            (local.get $36)
            (i32.const 4096)
           )
           (local.get $37)
          )
         )
         (local.set $39
          (local.get $37)
         )
         (local.set $40
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $39)
            (i32.const 2)
           )
          )
         )
         (local.set $41
          (f32x4.add
           (local.get $35)
           (local.get $40)
          )
         )
         (local.set $42
          (v128.and
           (f32x4.gt
            (local.get $41)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $43
          (v128.bitselect
           (local.get $41)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $42)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $43)
        )
       )
       (v128.store offset=249550192 align=4
        (local.get $9)
        (block (result v128)
         (local.set $44
          (local.get $11)
         )
         (local.set $45
          (local.get $3)
         )
         (local.set $46
          (i32.add
           (local.get $4)
           (i32.const 4)
          )
         )
         (local.set $47
          (i32.add
           (i32.mul
            (local.get $45)
            (i32.const 4096)
           )
           (local.get $46)
          )
         )
         (local.set $48
          (local.get $46)
         )
         (local.set $49
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $48)
            (i32.const 2)
           )
          )
         )
         (local.set $50
          (f32x4.add
           (local.get $44)
           (local.get $49)
          )
         )
         (local.set $51
          (v128.and
           (f32x4.gt
            (local.get $50)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $52
          (v128.bitselect
           (local.get $50)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $51)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $52)
        )
       )
       (v128.store offset=249550208 align=4
        (local.get $9)
        (block (result v128)
         (local.set $53
          (local.get $12)
         )
         (local.set $54
          (local.get $3)
         )
         (local.set $55
          (i32.add
           (local.get $4)
           (i32.const 8)
          )
         )
         (local.set $56
          (i32.add
           (i32.mul
            (local.get $54)
            (i32.const 4096)
           )
           (local.get $55)
          )
         )
         (local.set $57
          (local.get $55)
         )
         (local.set $58
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $57)
            (i32.const 2)
           )
          )
         )
         (local.set $59
          (f32x4.add
           (local.get $53)
           (local.get $58)
          )
         )
         (local.set $60
          (v128.and
           (f32x4.gt
            (local.get $59)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $61
          (v128.bitselect
           (local.get $59)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $60)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $61)
        )
       )
       (v128.store offset=249550224 align=4
        (local.get $9)
        (block (result v128)
         (local.set $62
          (local.get $13)
         )
         (local.set $63
          (local.get $3)
         )
         (local.set $64
          (i32.add
           (local.get $4)
           (i32.const 12)
          )
         )
         (local.set $65
          (i32.add
           (i32.mul
            (local.get $63)
            (i32.const 4096)
           )
           (local.get $64)
          )
         )
         (local.set $66
          (local.get $64)
         )
         (local.set $67
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $66)
            (i32.const 2)
           )
          )
         )
         (local.set $68
          (f32x4.add
           (local.get $62)
           (local.get $67)
          )
         )
         (local.set $69
          (v128.and
           (f32x4.gt
            (local.get $68)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $70
          (v128.bitselect
           (local.get $68)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $69)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $70)
        )
       )
       (v128.store offset=249550240 align=4
        (local.get $9)
        (block (result v128)
         (local.set $71
          (local.get $14)
         )
         (local.set $72
          (local.get $3)
         )
         (local.set $73
          (i32.add
           (local.get $4)
           (i32.const 16)
          )
         )
         (local.set $74
          (i32.add
           (i32.mul
            (local.get $72)
            (i32.const 4096)
           )
           (local.get $73)
          )
         )
         (local.set $75
          (local.get $73)
         )
         (local.set $76
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $75)
            (i32.const 2)
           )
          )
         )
         (local.set $77
          (f32x4.add
           (local.get $71)
           (local.get $76)
          )
         )
         (local.set $78
          (v128.and
           (f32x4.gt
            (local.get $77)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $79
          (v128.bitselect
           (local.get $77)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $78)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $79)
        )
       )
       (v128.store offset=249550256 align=4
        (local.get $9)
        (block (result v128)
         (local.set $80
          (local.get $15)
         )
         (local.set $81
          (local.get $3)
         )
         (local.set $82
          (i32.add
           (local.get $4)
           (i32.const 20)
          )
         )
         (local.set $83
          (i32.add
           (i32.mul
            (local.get $81)
            (i32.const 4096)
           )
           (local.get $82)
          )
         )
         (local.set $84
          (local.get $82)
         )
         (local.set $85
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $84)
            (i32.const 2)
           )
          )
         )
         (local.set $86
          (f32x4.add
           (local.get $80)
           (local.get $85)
          )
         )
         (local.set $87
          (v128.and
           (f32x4.gt
            (local.get $86)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $88
          (v128.bitselect
           (local.get $86)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $87)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $88)
        )
       )
       (v128.store offset=249550272 align=4
        (local.get $9)
        (block (result v128)
         (local.set $89
          (local.get $16)
         )
         (local.set $90
          (local.get $3)
         )
         (local.set $91
          (i32.add
           (local.get $4)
           (i32.const 24)
          )
         )
         (local.set $92
          (i32.add
           (i32.mul
            (local.get $90)
            (i32.const 4096)
           )
           (local.get $91)
          )
         )
         (local.set $93
          (local.get $91)
         )
         (local.set $94
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $93)
            (i32.const 2)
           )
          )
         )
         (local.set $95
          (f32x4.add
           (local.get $89)
           (local.get $94)
          )
         )
         (local.set $96
          (v128.and
           (f32x4.gt
            (local.get $95)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $97
          (v128.bitselect
           (local.get $95)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $96)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $97)
        )
       )
       (v128.store offset=249550288 align=4
        (local.get $9)
        (block (result v128)
         (local.set $98
          (local.get $17)
         )
         (local.set $99
          (local.get $3)
         )
         (local.set $100
          (i32.add
           (local.get $4)
           (i32.const 28)
          )
         )
         (local.set $101
          (i32.add
           (i32.mul
            (local.get $99)
            (i32.const 4096)
           )
           (local.get $100)
          )
         )
         (local.set $102
          (local.get $100)
         )
         (local.set $103
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $102)
            (i32.const 2)
           )
          )
         )
         (local.set $104
          (f32x4.add
           (local.get $98)
           (local.get $103)
          )
         )
         (local.set $105
          (v128.and
           (f32x4.gt
            (local.get $104)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $106
          (v128.bitselect
           (local.get $104)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $105)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $106)
        )
       )
       (v128.store offset=249566560 align=4
        (local.get $9)
        (block (result v128)
         (local.set $107
          (local.get $18)
         )
         (local.set $108
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $109
          (local.get $4)
         )
         (local.set $110
          (i32.add
           (i32.mul
            (local.get $108)
            (i32.const 4096)
           )
           (local.get $109)
          )
         )
         (local.set $111
          (local.get $109)
         )
         (local.set $112
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $111)
            (i32.const 2)
           )
          )
         )
         (local.set $113
          (f32x4.add
           (local.get $107)
           (local.get $112)
          )
         )
         (local.set $114
          (v128.and
           (f32x4.gt
            (local.get $113)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $115
          (v128.bitselect
           (local.get $113)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $114)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $115)
        )
       )
       (v128.store offset=249566576 align=4
        (local.get $9)
        (block (result v128)
         (local.set $116
          (local.get $19)
         )
         (local.set $117
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $118
          (i32.add
           (local.get $4)
           (i32.const 4)
          )
         )
         (local.set $119
          (i32.add
           (i32.mul
            (local.get $117)
            (i32.const 4096)
           )
           (local.get $118)
          )
         )
         (local.set $120
          (local.get $118)
         )
         (local.set $121
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $120)
            (i32.const 2)
           )
          )
         )
         (local.set $122
          (f32x4.add
           (local.get $116)
           (local.get $121)
          )
         )
         (local.set $123
          (v128.and
           (f32x4.gt
            (local.get $122)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $124
          (v128.bitselect
           (local.get $122)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $123)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $124)
        )
       )
       (v128.store offset=249566592 align=4
        (local.get $9)
        (block (result v128)
         (local.set $125
          (local.get $20)
         )
         (local.set $126
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $127
          (i32.add
           (local.get $4)
           (i32.const 8)
          )
         )
         (local.set $128
          (i32.add
           (i32.mul
            (local.get $126)
            (i32.const 4096)
           )
           (local.get $127)
          )
         )
         (local.set $129
          (local.get $127)
         )
         (local.set $130
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $129)
            (i32.const 2)
           )
          )
         )
         (local.set $131
          (f32x4.add
           (local.get $125)
           (local.get $130)
          )
         )
         (local.set $132
          (v128.and
           (f32x4.gt
            (local.get $131)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $133
          (v128.bitselect
           (local.get $131)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $132)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $133)
        )
       )
       (v128.store offset=249566608 align=4
        (local.get $9)
        (block (result v128)
         (local.set $134
          (local.get $21)
         )
         (local.set $135
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $136
          (i32.add
           (local.get $4)
           (i32.const 12)
          )
         )
         (local.set $137
          (i32.add
           (i32.mul
            (local.get $135)
            (i32.const 4096)
           )
           (local.get $136)
          )
         )
         (local.set $138
          (local.get $136)
         )
         (local.set $139
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $138)
            (i32.const 2)
           )
          )
         )
         (local.set $140
          (f32x4.add
           (local.get $134)
           (local.get $139)
          )
         )
         (local.set $141
          (v128.and
           (f32x4.gt
            (local.get $140)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $142
          (v128.bitselect
           (local.get $140)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $141)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $142)
        )
       )
       (v128.store offset=249566624 align=4
        (local.get $9)
        (block (result v128)
         (local.set $143
          (local.get $22)
         )
         (local.set $144
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $145
          (i32.add
           (local.get $4)
           (i32.const 16)
          )
         )
         (local.set $146
          (i32.add
           (i32.mul
            (local.get $144)
            (i32.const 4096)
           )
           (local.get $145)
          )
         )
         (local.set $147
          (local.get $145)
         )
         (local.set $148
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $147)
            (i32.const 2)
           )
          )
         )
         (local.set $149
          (f32x4.add
           (local.get $143)
           (local.get $148)
          )
         )
         (local.set $150
          (v128.and
           (f32x4.gt
            (local.get $149)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $151
          (v128.bitselect
           (local.get $149)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $150)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $151)
        )
       )
       (v128.store offset=249566640 align=4
        (local.get $9)
        (block (result v128)
         (local.set $152
          (local.get $23)
         )
         (local.set $153
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $154
          (i32.add
           (local.get $4)
           (i32.const 20)
          )
         )
         (local.set $155
          (i32.add
           (i32.mul
            (local.get $153)
            (i32.const 4096)
           )
           (local.get $154)
          )
         )
         (local.set $156
          (local.get $154)
         )
         (local.set $157
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $156)
            (i32.const 2)
           )
          )
         )
         (local.set $158
          (f32x4.add
           (local.get $152)
           (local.get $157)
          )
         )
         (local.set $159
          (v128.and
           (f32x4.gt
            (local.get $158)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $160
          (v128.bitselect
           (local.get $158)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $159)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $160)
        )
       )
       (v128.store offset=249566656 align=4
        (local.get $9)
        (block (result v128)
         (local.set $161
          (local.get $24)
         )
         (local.set $162
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $163
          (i32.add
           (local.get $4)
           (i32.const 24)
          )
         )
         (local.set $164
          (i32.add
           (i32.mul
            (local.get $162)
            (i32.const 4096)
           )
           (local.get $163)
          )
         )
         (local.set $165
          (local.get $163)
         )
         (local.set $166
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $165)
            (i32.const 2)
           )
          )
         )
         (local.set $167
          (f32x4.add
           (local.get $161)
           (local.get $166)
          )
         )
         (local.set $168
          (v128.and
           (f32x4.gt
            (local.get $167)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $169
          (v128.bitselect
           (local.get $167)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $168)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $169)
        )
       )
       (v128.store offset=249566672 align=4
        (local.get $9)
        (block (result v128)
         (local.set $170
          (local.get $25)
         )
         (local.set $171
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $172
          (i32.add
           (local.get $4)
           (i32.const 28)
          )
         )
         (local.set $173
          (i32.add
           (i32.mul
            (local.get $171)
            (i32.const 4096)
           )
           (local.get $172)
          )
         )
         (local.set $174
          (local.get $172)
         )
         (local.set $175
          (v128.load offset=233109024 align=4
           (i32.shl
            (local.get $174)
            (i32.const 2)
           )
          )
         )
         (local.set $176
          (f32x4.add
           (local.get $170)
           (local.get $175)
          )
         )
         (local.set $177
          (v128.and
           (f32x4.gt
            (local.get $176)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
           (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
          )
         )
         (local.set $178
          (v128.bitselect
           (local.get $176)
           (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           (f32x4.ne
            (local.get $177)
            (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
           )
          )
         )
         (local.get $178)
        )
       )
       (local.set $3
        (i32.add
         (local.get $3)
         (i32.const 2)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel0
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 128)
         (i32.lt_s
          (local.get $1)
          (i32.const 128)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k10_fc7_matmul_add_compare_where (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k10_fc7_matmul_add_compare_where_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k11_fc8_matmul_add_gemm (param $0 i32) (param $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (local $5 i32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 i32)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 v128)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (local $26 v128)
  (local $27 v128)
  (local $28 v128)
  (local $29 v128)
  (local $30 v128)
  (local $31 v128)
  (local $32 v128)
  (local $33 v128)
  (local $34 v128)
  (local $35 v128)
  (local $36 i32)
  (local $37 i32)
  (local $38 i32)
  (local $39 i32)
  (local $40 v128)
  (local $41 v128)
  (local $42 v128)
  (local $43 i32)
  (local $44 i32)
  (local $45 i32)
  (local $46 i32)
  (local $47 v128)
  (local $48 v128)
  (local $49 v128)
  (local $50 i32)
  (local $51 i32)
  (local $52 i32)
  (local $53 i32)
  (local $54 v128)
  (local $55 v128)
  (local $56 v128)
  (local $57 i32)
  (local $58 i32)
  (local $59 i32)
  (local $60 i32)
  (local $61 v128)
  (local $62 v128)
  (local $63 v128)
  (local $64 i32)
  (local $65 i32)
  (local $66 i32)
  (local $67 i32)
  (local $68 v128)
  (local $69 v128)
  (local $70 v128)
  (local $71 i32)
  (local $72 i32)
  (local $73 i32)
  (local $74 i32)
  (local $75 v128)
  (local $76 v128)
  (local $77 v128)
  (local $78 i32)
  (local $79 i32)
  (local $80 i32)
  (local $81 i32)
  (local $82 v128)
  (local $83 v128)
  (local $84 v128)
  (local $85 i32)
  (local $86 i32)
  (local $87 i32)
  (local $88 i32)
  (local $89 v128)
  (local $90 v128)
  (local $91 v128)
  (local $92 i32)
  (local $93 i32)
  (local $94 i32)
  (local $95 i32)
  (local $96 v128)
  (local $97 v128)
  (local $98 v128)
  (local $99 i32)
  (local $100 i32)
  (local $101 i32)
  (local $102 i32)
  (local $103 v128)
  (local $104 v128)
  (local $105 v128)
  (local $106 i32)
  (local $107 i32)
  (local $108 i32)
  (local $109 i32)
  (local $110 v128)
  (local $111 v128)
  (local $112 v128)
  (local $113 i32)
  (local $114 i32)
  (local $115 i32)
  (local $116 i32)
  (local $117 v128)
  (local $118 v128)
  (local $119 v128)
  (local $120 i32)
  (local $121 i32)
  (local $122 i32)
  (local $123 i32)
  (local $124 v128)
  (local $125 v128)
  (local $126 v128)
  (local $127 i32)
  (local $128 i32)
  (local $129 i32)
  (local $130 i32)
  (local $131 v128)
  (local $132 v128)
  (local $133 v128)
  (local $134 i32)
  (local $135 i32)
  (local $136 i32)
  (local $137 i32)
  (local $138 v128)
  (local $139 v128)
  (local $140 v128)
  (local $141 i32)
  (local $142 i32)
  (local $143 i32)
  (local $144 i32)
  (local $145 v128)
  (local $146 v128)
  (local $147 v128)
  (local $148 i32)
  (local $149 i32)
  (local $150 i32)
  (local $151 i32)
  (local $152 v128)
  (local $153 v128)
  (local $154 v128)
  (local $155 i32)
  (local $156 i32)
  (local $157 i32)
  (local $158 i32)
  (local $159 v128)
  (local $160 v128)
  (local $161 v128)
  (local $162 i32)
  (local $163 i32)
  (local $164 i32)
  (local $165 i32)
  (local $166 v128)
  (local $167 v128)
  (local $168 v128)
  (local $169 i32)
  (local $170 i32)
  (local $171 i32)
  (local $172 i32)
  (local $173 v128)
  (local $174 v128)
  (block
   (local.set $2
    (local.get $0)
   )
   (if
    (i32.lt_s
     (local.get $2)
     (select
      (local.get $1)
      (i32.const 31)
      (i32.lt_s
       (local.get $1)
       (i32.const 31)
      )
     )
    )
    (then
     (loop $panel2
      (local.set $4
       (i32.mul
        (local.get $2)
        (i32.const 32)
       )
      )
      (local.set $5
       (i32.mul
        (local.get $2)
        (i32.const 128)
       )
      )
      (local.set $3
       (i32.const 0)
      )
      (block
       (local.set $6
        (i32.mul
         (local.get $3)
         (i32.const 16384)
        )
       )
       (local.set $7
        (local.get $5)
       )
       (local.set $10
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $11
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $12
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $13
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $14
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $15
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $16
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $17
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $18
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $19
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $20
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $21
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $22
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $23
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $24
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $25
        (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
       )
       (local.set $8
        (i32.add
         (local.get $7)
         (i32.const 16384000)
        )
       )
       (loop $k4
        (local.set $26
         (v128.load offset=233125408 align=4
          (local.get $7)
         )
        )
        (local.set $27
         (v128.load offset=233125424 align=4
          (local.get $7)
         )
        )
        (local.set $28
         (v128.load offset=233125440 align=4
          (local.get $7)
         )
        )
        (local.set $29
         (v128.load offset=233125456 align=4
          (local.get $7)
         )
        )
        (local.set $30
         (v128.load offset=233125472 align=4
          (local.get $7)
         )
        )
        (local.set $31
         (v128.load offset=233125488 align=4
          (local.get $7)
         )
        )
        (local.set $32
         (v128.load offset=233125504 align=4
          (local.get $7)
         )
        )
        (local.set $33
         (v128.load offset=233125520 align=4
          (local.get $7)
         )
        )
        (local.set $34
         (v128.load32_splat offset=249550176
          (local.get $6)
         )
        )
        (local.set $10
         (f32x4.add
          (local.get $10)
          (f32x4.mul
           (local.get $34)
           (local.get $26)
          )
         )
        )
        (local.set $11
         (f32x4.add
          (local.get $11)
          (f32x4.mul
           (local.get $34)
           (local.get $27)
          )
         )
        )
        (local.set $12
         (f32x4.add
          (local.get $12)
          (f32x4.mul
           (local.get $34)
           (local.get $28)
          )
         )
        )
        (local.set $13
         (f32x4.add
          (local.get $13)
          (f32x4.mul
           (local.get $34)
           (local.get $29)
          )
         )
        )
        (local.set $14
         (f32x4.add
          (local.get $14)
          (f32x4.mul
           (local.get $34)
           (local.get $30)
          )
         )
        )
        (local.set $15
         (f32x4.add
          (local.get $15)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $16
         (f32x4.add
          (local.get $16)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $17
         (f32x4.add
          (local.get $17)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $34
         (v128.load32_splat offset=249566560
          (local.get $6)
         )
        )
        (local.set $18
         (f32x4.add
          (local.get $18)
          (f32x4.mul
           (local.get $34)
           (local.get $26)
          )
         )
        )
        (local.set $19
         (f32x4.add
          (local.get $19)
          (f32x4.mul
           (local.get $34)
           (local.get $27)
          )
         )
        )
        (local.set $20
         (f32x4.add
          (local.get $20)
          (f32x4.mul
           (local.get $34)
           (local.get $28)
          )
         )
        )
        (local.set $21
         (f32x4.add
          (local.get $21)
          (f32x4.mul
           (local.get $34)
           (local.get $29)
          )
         )
        )
        (local.set $22
         (f32x4.add
          (local.get $22)
          (f32x4.mul
           (local.get $34)
           (local.get $30)
          )
         )
        )
        (local.set $23
         (f32x4.add
          (local.get $23)
          (f32x4.mul
           (local.get $34)
           (local.get $31)
          )
         )
        )
        (local.set $24
         (f32x4.add
          (local.get $24)
          (f32x4.mul
           (local.get $34)
           (local.get $32)
          )
         )
        )
        (local.set $25
         (f32x4.add
          (local.get $25)
          (f32x4.mul
           (local.get $34)
           (local.get $33)
          )
         )
        )
        (local.set $6
         (i32.add
          (local.get $6)
          (i32.const 4)
         )
        )
        (local.set $7
         (i32.add
          (local.get $7)
          (i32.const 4000)
         )
        )
        (br_if $k4
         (i32.ne
          (local.get $7)
          (local.get $8)
         )
        )
       )
       (local.set $9
        (i32.add
         (i32.mul
          (local.get $3)
          (i32.const 4000)
         )
         (i32.shl
          (local.get $4)
          (i32.const 2)
         )
        )
       )
       (v128.store offset=249517408 align=4
        (local.get $9)
        (block (result v128)
         (local.set $63
          (local.get $10)
         )
         (local.set $64
          (local.get $3)
         )
         (local.set $65
          (local.get $4)
         )
         (local.set $66
          (i32.add
           (i32.mul
            (local.get $64)
            (i32.const 1000)
           )
           (local.get $65)
          )
         )
         (local.set $67
          (local.get $65)
         )
         (local.set $68
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $67)
            (i32.const 2)
           )
          )
         )
         (local.set $69
          (f32x4.add
           (local.get $63)
           (local.get $68)
          )
         )
         (local.get $69)
        )
       )
       (v128.store offset=249517424 align=4
        (local.get $9)
        (block (result v128)
         (local.set $70
          (local.get $11)
         )
         (local.set $71
          (local.get $3)
         )
         (local.set $72
          (i32.add
           (local.get $4)
           (i32.const 4)
          )
         )
         (local.set $73
          (i32.add
           (i32.mul
            (local.get $71)
            (i32.const 1000)
           )
           (local.get $72)
          )
         )
         (local.set $74
          (local.get $72)
         )
         (local.set $75
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $74)
            (i32.const 2)
           )
          )
         )
         (local.set $76
          (f32x4.add
           (local.get $70)
           (local.get $75)
          )
         )
         (local.get $76)
        )
       )
       (v128.store offset=249517440 align=4
        (local.get $9)
        (block (result v128)
         (local.set $77
          (local.get $12)
         )
         (local.set $78
          (local.get $3)
         )
         (local.set $79
          (i32.add
           (local.get $4)
           (i32.const 8)
          )
         )
         (local.set $80
          (i32.add
           (i32.mul
            (local.get $78)
            (i32.const 1000)
           )
           (local.get $79)
          )
         )
         (local.set $81
          (local.get $79)
         )
         (local.set $82
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $81)
            (i32.const 2)
           )
          )
         )
         (local.set $83
          (f32x4.add
           (local.get $77)
           (local.get $82)
          )
         )
         (local.get $83)
        )
       )
       (v128.store offset=249517456 align=4
        (local.get $9)
        (block (result v128)
         (local.set $84
          (local.get $13)
         )
         (local.set $85
          (local.get $3)
         )
         (local.set $86
          (i32.add
           (local.get $4)
           (i32.const 12)
          )
         )
         (local.set $87
          (i32.add
           (i32.mul
            (local.get $85)
            (i32.const 1000)
           )
           (local.get $86)
          )
         )
         (local.set $88
          (local.get $86)
         )
         (local.set $89
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $88)
            (i32.const 2)
           )
          )
         )
         (local.set $90
          (f32x4.add
           (local.get $84)
           (local.get $89)
          )
         )
         (local.get $90)
        )
       )
       (v128.store offset=249517472 align=4
        (local.get $9)
        (block (result v128)
         (local.set $91
          (local.get $14)
         )
         (local.set $92
          (local.get $3)
         )
         (local.set $93
          (i32.add
           (local.get $4)
           (i32.const 16)
          )
         )
         (local.set $94
          (i32.add
           (i32.mul
            (local.get $92)
            (i32.const 1000)
           )
           (local.get $93)
          )
         )
         (local.set $95
          (local.get $93)
         )
         (local.set $96
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $95)
            (i32.const 2)
           )
          )
         )
         (local.set $97
          (f32x4.add
           (local.get $91)
           (local.get $96)
          )
         )
         (local.get $97)
        )
       )
       (v128.store offset=249517488 align=4
        (local.get $9)
        (block (result v128)
         (local.set $98
          (local.get $15)
         )
         (local.set $99
          (local.get $3)
         )
         (local.set $100
          (i32.add
           (local.get $4)
           (i32.const 20)
          )
         )
         (local.set $101
          (i32.add
           (i32.mul
            (local.get $99)
            (i32.const 1000)
           )
           (local.get $100)
          )
         )
         (local.set $102
          (local.get $100)
         )
         (local.set $103
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $102)
            (i32.const 2)
           )
          )
         )
         (local.set $104
          (f32x4.add
           (local.get $98)
           (local.get $103)
          )
         )
         (local.get $104)
        )
       )
       (v128.store offset=249517504 align=4
        (local.get $9)
        (block (result v128)
         (local.set $105
          (local.get $16)
         )
         (local.set $106
          (local.get $3)
         )
         (local.set $107
          (i32.add
           (local.get $4)
           (i32.const 24)
          )
         )
         (local.set $108
          (i32.add
           (i32.mul
            (local.get $106)
            (i32.const 1000)
           )
           (local.get $107)
          )
         )
         (local.set $109
          (local.get $107)
         )
         (local.set $110
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $109)
            (i32.const 2)
           )
          )
         )
         (local.set $111
          (f32x4.add
           (local.get $105)
           (local.get $110)
          )
         )
         (local.get $111)
        )
       )
       (v128.store offset=249517520 align=4
        (local.get $9)
        (block (result v128)
         (local.set $112
          (local.get $17)
         )
         (local.set $113
          (local.get $3)
         )
         (local.set $114
          (i32.add
           (local.get $4)
           (i32.const 28)
          )
         )
         (local.set $115
          (i32.add
           (i32.mul
            (local.get $113)
            (i32.const 1000)
           )
           (local.get $114)
          )
         )
         (local.set $116
          (local.get $114)
         )
         (local.set $117
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $116)
            (i32.const 2)
           )
          )
         )
         (local.set $118
          (f32x4.add
           (local.get $112)
           (local.get $117)
          )
         )
         (local.get $118)
        )
       )
       (v128.store offset=249521408 align=4
        (local.get $9)
        (block (result v128)
         (local.set $119
          (local.get $18)
         )
         (local.set $120
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $121
          (local.get $4)
         )
         (local.set $122
          (i32.add
           (i32.mul
            (local.get $120)
            (i32.const 1000)
           )
           (local.get $121)
          )
         )
         (local.set $123
          (local.get $121)
         )
         (local.set $124
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $123)
            (i32.const 2)
           )
          )
         )
         (local.set $125
          (f32x4.add
           (local.get $119)
           (local.get $124)
          )
         )
         (local.get $125)
        )
       )
       (v128.store offset=249521424 align=4
        (local.get $9)
        (block (result v128)
         (local.set $126
          (local.get $19)
         )
         (local.set $127
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $128
          (i32.add
           (local.get $4)
           (i32.const 4)
          )
         )
         (local.set $129
          (i32.add
           (i32.mul
            (local.get $127)
            (i32.const 1000)
           )
           (local.get $128)
          )
         )
         (local.set $130
          (local.get $128)
         )
         (local.set $131
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $130)
            (i32.const 2)
           )
          )
         )
         (local.set $132
          (f32x4.add
           (local.get $126)
           (local.get $131)
          )
         )
         (local.get $132)
        )
       )
       (v128.store offset=249521440 align=4
        (local.get $9)
        (block (result v128)
         (local.set $133
          (local.get $20)
         )
         (local.set $134
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $135
          (i32.add
           (local.get $4)
           (i32.const 8)
          )
         )
         (local.set $136
          (i32.add
           (i32.mul
            (local.get $134)
            (i32.const 1000)
           )
           (local.get $135)
          )
         )
         (local.set $137
          (local.get $135)
         )
         (local.set $138
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $137)
            (i32.const 2)
           )
          )
         )
         (local.set $139
          (f32x4.add
           (local.get $133)
           (local.get $138)
          )
         )
         (local.get $139)
        )
       )
       (v128.store offset=249521456 align=4
        (local.get $9)
        (block (result v128)
         (local.set $140
          (local.get $21)
         )
         (local.set $141
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $142
          (i32.add
           (local.get $4)
           (i32.const 12)
          )
         )
         (local.set $143
          (i32.add
           (i32.mul
            (local.get $141)
            (i32.const 1000)
           )
           (local.get $142)
          )
         )
         (local.set $144
          (local.get $142)
         )
         (local.set $145
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $144)
            (i32.const 2)
           )
          )
         )
         (local.set $146
          (f32x4.add
           (local.get $140)
           (local.get $145)
          )
         )
         (local.get $146)
        )
       )
       (v128.store offset=249521472 align=4
        (local.get $9)
        (block (result v128)
         (local.set $147
          (local.get $22)
         )
         (local.set $148
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $149
          (i32.add
           (local.get $4)
           (i32.const 16)
          )
         )
         (local.set $150
          (i32.add
           (i32.mul
            (local.get $148)
            (i32.const 1000)
           )
           (local.get $149)
          )
         )
         (local.set $151
          (local.get $149)
         )
         (local.set $152
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $151)
            (i32.const 2)
           )
          )
         )
         (local.set $153
          (f32x4.add
           (local.get $147)
           (local.get $152)
          )
         )
         (local.get $153)
        )
       )
       (v128.store offset=249521488 align=4
        (local.get $9)
        (block (result v128)
         (local.set $154
          (local.get $23)
         )
         (local.set $155
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $156
          (i32.add
           (local.get $4)
           (i32.const 20)
          )
         )
         (local.set $157
          (i32.add
           (i32.mul
            (local.get $155)
            (i32.const 1000)
           )
           (local.get $156)
          )
         )
         (local.set $158
          (local.get $156)
         )
         (local.set $159
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $158)
            (i32.const 2)
           )
          )
         )
         (local.set $160
          (f32x4.add
           (local.get $154)
           (local.get $159)
          )
         )
         (local.get $160)
        )
       )
       (v128.store offset=249521504 align=4
        (local.get $9)
        (block (result v128)
         (local.set $161
          (local.get $24)
         )
         (local.set $162
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $163
          (i32.add
           (local.get $4)
           (i32.const 24)
          )
         )
         (local.set $164
          (i32.add
           (i32.mul
            (local.get $162)
            (i32.const 1000)
           )
           (local.get $163)
          )
         )
         (local.set $165
          (local.get $163)
         )
         (local.set $166
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $165)
            (i32.const 2)
           )
          )
         )
         (local.set $167
          (f32x4.add
           (local.get $161)
           (local.get $166)
          )
         )
         (local.get $167)
        )
       )
       (v128.store offset=249521520 align=4
        (local.get $9)
        (block (result v128)
         (local.set $168
          (local.get $25)
         )
         (local.set $169
          (i32.add
           (local.get $3)
           (i32.const 1)
          )
         )
         (local.set $170
          (i32.add
           (local.get $4)
           (i32.const 28)
          )
         )
         (local.set $171
          (i32.add
           (i32.mul
            (local.get $169)
            (i32.const 1000)
           )
           (local.get $170)
          )
         )
         (local.set $172
          (local.get $170)
         )
         (local.set $173
          (v128.load offset=249509408 align=4
           (i32.shl
            (local.get $172)
            (i32.const 2)
           )
          )
         )
         (local.set $174
          (f32x4.add
           (local.get $168)
           (local.get $173)
          )
         )
         (local.get $174)
        )
       )
       (local.set $3
        (i32.add
         (local.get $3)
         (i32.const 2)
        )
       )
      )
      (local.set $2
       (i32.add
        (local.get $2)
        (i32.const 1)
       )
      )
      (br_if $panel2
       (i32.lt_s
        (local.get $2)
        (select
         (local.get $1)
         (i32.const 31)
         (i32.lt_s
          (local.get $1)
          (i32.const 31)
         )
        )
       )
      )
     )
    )
   )
  )
  (if
   (i32.gt_s
    (local.get $1)
    (i32.const 31)
   )
   (then
    (local.set $4
     (i32.mul
      (i32.const 31)
      (i32.const 32)
     )
    )
    (local.set $5
     (i32.mul
      (i32.const 31)
      (i32.const 128)
     )
    )
    (local.set $3
     (i32.const 0)
    )
    (block
     (local.set $6
      (i32.mul
       (local.get $3)
       (i32.const 16384)
      )
     )
     (local.set $7
      (local.get $5)
     )
     (local.set $10
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $11
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $18
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $19
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
     (local.set $8
      (i32.add
       (local.get $7)
       (i32.const 16384000)
      )
     )
     (loop $k1
      (local.set $26
       (v128.load offset=233125408 align=4
        (local.get $7)
       )
      )
      (local.set $27
       (v128.load offset=233125424 align=4
        (local.get $7)
       )
      )
      (local.set $34
       (v128.load32_splat offset=249550176
        (local.get $6)
       )
      )
      (local.set $10
       (f32x4.add
        (local.get $10)
        (f32x4.mul
         (local.get $34)
         (local.get $26)
        )
       )
      )
      (local.set $11
       (f32x4.add
        (local.get $11)
        (f32x4.mul
         (local.get $34)
         (local.get $27)
        )
       )
      )
      (local.set $34
       (v128.load32_splat offset=249566560
        (local.get $6)
       )
      )
      (local.set $18
       (f32x4.add
        (local.get $18)
        (f32x4.mul
         (local.get $34)
         (local.get $26)
        )
       )
      )
      (local.set $19
       (f32x4.add
        (local.get $19)
        (f32x4.mul
         (local.get $34)
         (local.get $27)
        )
       )
      )
      (local.set $6
       (i32.add
        (local.get $6)
        (i32.const 4)
       )
      )
      (local.set $7
       (i32.add
        (local.get $7)
        (i32.const 4000)
       )
      )
      (br_if $k1
       (i32.ne
        (local.get $7)
        (local.get $8)
       )
      )
     )
     (local.set $9
      (i32.add
       (i32.mul
        (local.get $3)
        (i32.const 4000)
       )
       (i32.shl
        (local.get $4)
        (i32.const 2)
       )
      )
     )
     (v128.store offset=249517408 align=4
      (local.get $9)
      (block (result v128)
       (local.set $35
        (local.get $10)
       )
       (local.set $36
        (local.get $3)
       )
       (local.set $37
        (local.get $4)
       )
       (local.set $38
        (i32.add
         (i32.mul
          (local.get $36)
          (i32.const 1000)
         )
         (local.get $37)
        )
       )
       (local.set $39
        (local.get $37)
       )
       (local.set $40
        (v128.load offset=249509408 align=4
         (i32.shl
          (local.get $39)
          (i32.const 2)
         )
        )
       )
       (local.set $41
        (f32x4.add
         (local.get $35)
         (local.get $40)
        )
       )
       (local.get $41)
      )
     )
     (v128.store offset=249517424 align=4
      (local.get $9)
      (block (result v128)
       (local.set $42
        (local.get $11)
       )
       (local.set $43
        (local.get $3)
       )
       (local.set $44
        (i32.add
         (local.get $4)
         (i32.const 4)
        )
       )
       (local.set $45
        (i32.add
         (i32.mul
          (local.get $43)
          (i32.const 1000)
         )
         (local.get $44)
        )
       )
       (local.set $46
        (local.get $44)
       )
       (local.set $47
        (v128.load offset=249509408 align=4
         (i32.shl
          (local.get $46)
          (i32.const 2)
         )
        )
       )
       (local.set $48
        (f32x4.add
         (local.get $42)
         (local.get $47)
        )
       )
       (local.get $48)
      )
     )
     (v128.store offset=249521408 align=4
      (local.get $9)
      (block (result v128)
       (local.set $49
        (local.get $18)
       )
       (local.set $50
        (i32.add
         (local.get $3)
         (i32.const 1)
        )
       )
       (local.set $51
        (local.get $4)
       )
       (local.set $52
        (i32.add
         (i32.mul
          (local.get $50)
          (i32.const 1000)
         )
         (local.get $51)
        )
       )
       (local.set $53
        (local.get $51)
       )
       (local.set $54
        (v128.load offset=249509408 align=4
         (i32.shl
          (local.get $53)
          (i32.const 2)
         )
        )
       )
       (local.set $55
        (f32x4.add
         (local.get $49)
         (local.get $54)
        )
       )
       (local.get $55)
      )
     )
     (v128.store offset=249521424 align=4
      (local.get $9)
      (block (result v128)
       (local.set $56
        (local.get $19)
       )
       (local.set $57
        (i32.add
         (local.get $3)
         (i32.const 1)
        )
       )
       (local.set $58
        (i32.add
         (local.get $4)
         (i32.const 4)
        )
       )
       (local.set $59
        (i32.add
         (i32.mul
          (local.get $57)
          (i32.const 1000)
         )
         (local.get $58)
        )
       )
       (local.set $60
        (local.get $58)
       )
       (local.set $61
        (v128.load offset=249509408 align=4
         (i32.shl
          (local.get $60)
          (i32.const 2)
         )
        )
       )
       (local.set $62
        (f32x4.add
         (local.get $56)
         (local.get $61)
        )
       )
       (local.get $62)
      )
     )
     (local.set $3
      (i32.add
       (local.get $3)
       (i32.const 2)
      )
     )
    )
   )
  )
 )
 (func $k11_fc8_matmul_add (param $0 i32) (param $1 i32) (param $2 i32)
  (call $k11_fc8_matmul_add_gemm
   (local.get $1)
   (local.get $2)
  )
 )
 (func $k12_rows_reduceMax_reduceSum_div (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 f32)
  (local $5 i32)
  (local $6 v128)
  (local $7 i32)
  (local $8 v128)
  (local $9 i32)
  (local $10 f32)
  (local $11 i32)
  (local $12 f32)
  (local $13 i32)
  (local $14 v128)
  (local $15 i32)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 i32)
  (local $20 i32)
  (local $21 i32)
  (local $22 v128)
  (local $23 v128)
  (local $24 v128)
  (local $25 v128)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 2)
      (i32.lt_s
       (local.get $2)
       (i32.const 2)
      )
     )
    )
    (then
     (loop $tile3
      (local.set $6
       (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
      )
      (block
       (local.set $5
        (i32.const 0)
       )
       (loop $for0
        (local.set $7
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 1000)
          )
          (local.get $5)
         )
        )
        (local.set $8
         (v128.load offset=249517408 align=4
          (i32.shl
           (local.get $7)
           (i32.const 2)
          )
         )
        )
        (local.set $6
         (f32x4.max
          (local.get $6)
          (local.get $8)
         )
        )
        (local.set $5
         (i32.add
          (local.get $5)
          (i32.const 4)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $5)
          (i32.const 1000)
         )
        )
       )
      )
      (local.set $4
       (f32.max
        (f32.max
         (f32x4.extract_lane 0
          (local.get $6)
         )
         (f32x4.extract_lane 1
          (local.get $6)
         )
        )
        (f32.max
         (f32x4.extract_lane 2
          (local.get $6)
         )
         (f32x4.extract_lane 3
          (local.get $6)
         )
        )
       )
      )
      (local.set $9
       (local.get $3)
      )
      (local.set $10
       (local.get $4)
      )
      (local.set $11
       (local.get $3)
      )
      (f32.store offset=249525408
       (i32.shl
        (local.get $11)
        (i32.const 2)
       )
       (local.get $10)
      )
      (local.set $14
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (block
       (local.set $13
        (i32.const 0)
       )
       (loop $for1
        (local.set $15
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 1000)
          )
          (local.get $13)
         )
        )
        (local.set $16
         (v128.load offset=249517408 align=4
          (i32.shl
           (local.get $15)
           (i32.const 2)
          )
         )
        )
        (local.set $17
         (f32x4.sub
          (local.get $16)
          (f32x4.splat
           (local.get $10)
          )
         )
        )
        (local.set $18
         (call $gf_exp_f32x4
          (local.get $17)
         )
        )
        (local.set $14
         (f32x4.add
          (local.get $14)
          (local.get $18)
         )
        )
        (local.set $13
         (i32.add
          (local.get $13)
          (i32.const 4)
         )
        )
        (br_if $for1
         (i32.lt_s
          (local.get $13)
          (i32.const 1000)
         )
        )
       )
      )
      (local.set $12
       (f32.add
        (f32.add
         (f32x4.extract_lane 0
          (local.get $14)
         )
         (f32x4.extract_lane 1
          (local.get $14)
         )
        )
        (f32.add
         (f32x4.extract_lane 2
          (local.get $14)
         )
         (f32x4.extract_lane 3
          (local.get $14)
         )
        )
       )
      )
      (local.set $19
       (local.get $3)
      )
      (f32.store offset=249525424
       (i32.shl
        (local.get $19)
        (i32.const 2)
       )
       (local.get $12)
      )
      (block
       (local.set $20
        (i32.const 0)
       )
       (loop $for2
        (local.set $21
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 1000)
          )
          (local.get $20)
         )
        )
        (local.set $22
         (v128.load offset=249517408 align=4
          (i32.shl
           (local.get $21)
           (i32.const 2)
          )
         )
        )
        (local.set $23
         (f32x4.sub
          (local.get $22)
          (f32x4.splat
           (local.get $10)
          )
         )
        )
        (local.set $24
         (call $gf_exp_f32x4
          (local.get $23)
         )
        )
        (local.set $25
         (f32x4.div
          (local.get $24)
          (f32x4.splat
           (local.get $12)
          )
         )
        )
        (v128.store offset=249525440 align=4
         (i32.shl
          (local.get $21)
          (i32.const 2)
         )
         (local.get $25)
        )
        (local.set $20
         (i32.add
          (local.get $20)
          (i32.const 4)
         )
        )
        (br_if $for2
         (i32.lt_s
          (local.get $20)
          (i32.const 1000)
         )
        )
       )
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile3
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 2)
         (i32.lt_s
          (local.get $2)
          (i32.const 2)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k13_reshape_compare_log_4more (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 f32)
  (local $6 i32)
  (local $7 i32)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 i32)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 v128)
  (local $17 v128)
  (local $18 v128)
  (local $19 v128)
  (local $20 v128)
  (local $21 i32)
  (local $22 f32)
  (block
   (local.set $3
    (local.get $1)
   )
   (if
    (i32.lt_s
     (local.get $3)
     (select
      (local.get $2)
      (i32.const 2)
      (i32.lt_s
       (local.get $2)
       (i32.const 2)
      )
     )
    )
    (then
     (loop $tile1
      (local.set $4
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
      (block
       (local.set $6
        (i32.const 0)
       )
       (loop $for0
        (local.set $7
         (i32.add
          (i32.mul
           (local.get $3)
           (i32.const 1000)
          )
          (local.get $6)
         )
        )
        (local.set $8
         (local.get $3)
        )
        (local.set $9
         (v128.load32_splat offset=250754112
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (local.set $10
         (local.get $9)
        )
        (local.set $11
         (local.get $6)
        )
        (local.set $12
         (v128.load offset=249513408 align=4
          (i32.shl
           (local.get $11)
           (i32.const 2)
          )
         )
        )
        (local.set $13
         (v128.and
          (i32x4.eq
           (local.get $10)
           (local.get $12)
          )
          (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
         )
        )
        (local.set $14
         (v128.load offset=249517408 align=4
          (i32.shl
           (local.get $7)
           (i32.const 2)
          )
         )
        )
        (local.set $15
         (v128.load32_splat offset=249525408
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (local.set $16
         (f32x4.sub
          (local.get $14)
          (local.get $15)
         )
        )
        (local.set $17
         (v128.load32_splat offset=249525424
          (i32.shl
           (local.get $8)
           (i32.const 2)
          )
         )
        )
        (local.set $18
         (call $gf_log_f32x4
          (local.get $17)
         )
        )
        (local.set $19
         (f32x4.sub
          (local.get $16)
          (local.get $18)
         )
        )
        (local.set $20
         (f32x4.mul
          (local.get $13)
          (local.get $19)
         )
        )
        (local.set $4
         (f32x4.add
          (local.get $4)
          (local.get $20)
         )
        )
        (local.set $6
         (i32.add
          (local.get $6)
          (i32.const 4)
         )
        )
        (br_if $for0
         (i32.lt_s
          (local.get $6)
          (i32.const 1000)
         )
        )
       )
      )
      (local.set $5
       (f32.add
        (f32.add
         (f32x4.extract_lane 0
          (local.get $4)
         )
         (f32x4.extract_lane 1
          (local.get $4)
         )
        )
        (f32.add
         (f32x4.extract_lane 2
          (local.get $4)
         )
         (f32x4.extract_lane 3
          (local.get $4)
         )
        )
       )
      )
      (local.set $21
       (local.get $3)
      )
      (local.set $22
       (f32.neg
        (local.get $5)
       )
      )
      (f32.store offset=249533440
       (i32.shl
        (local.get $21)
        (i32.const 2)
       )
       (local.get $22)
      )
      (local.set $3
       (i32.add
        (local.get $3)
        (i32.const 1)
       )
      )
      (br_if $tile1
       (i32.lt_s
        (local.get $3)
        (select
         (local.get $2)
         (i32.const 2)
         (i32.lt_s
          (local.get $2)
          (i32.const 2)
         )
        )
       )
      )
     )
    )
   )
  )
 )
 (func $k14_reduceSum_div (param $0 i32) (param $1 i32) (param $2 i32)
  (local $3 f32)
  (local $4 f32)
  (local $5 i32)
  (local $6 i32)
  (local $7 f32)
  (local $8 f32)
  (local.set $3
   (f32.const 0)
  )
  (block
   (local.set $5
    (i32.const 0)
   )
   (loop $for0
    (local.set $6
     (local.get $5)
    )
    (local.set $7
     (f32.load offset=249533440
      (i32.shl
       (local.get $6)
       (i32.const 2)
      )
     )
    )
    (local.set $3
     (f32.add
      (local.get $3)
      (local.get $7)
     )
    )
    (local.set $5
     (i32.add
      (local.get $5)
      (i32.const 1)
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.get $5)
      (i32.const 2)
     )
    )
   )
  )
  (local.set $8
   (f32.div
    (local.get $3)
    (f32.const 2)
   )
  )
  (f32.store offset=249525408
   (i32.const 0)
   (local.get $8)
  )
 )
 (func $alexnet
  (call $k0_conv1_conv2d_add_compare_where
   (i32.const 0)
   (i32.const 0)
   (i32.const 12)
  )
  (call $k0_conv1_conv2d_add_compare_where
   (i32.const 1)
   (i32.const 0)
   (i32.const 37)
  )
  (call $k1_maxPool
   (i32.const 0)
   (i32.const 0)
   (i32.const 2)
  )
  (call $k2_conv2_conv2d_add_compare_where
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k2_conv2_conv2d_add_compare_where
   (i32.const 1)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k2_conv2_conv2d_add_compare_where
   (i32.const 2)
   (i32.const 0)
   (i32.const 54)
  )
  (call $k2_conv2_conv2d_add_compare_where
   (i32.const 3)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k2_conv2_conv2d_add_compare_where
   (i32.const 4)
   (i32.const 0)
   (i32.const 2)
  )
  (call $k3_maxPool
   (i32.const 0)
   (i32.const 0)
   (i32.const 2)
  )
  (call $k4_conv3_conv2d_add_compare_where
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k4_conv3_conv2d_add_compare_where
   (i32.const 1)
   (i32.const 0)
   (i32.const 48)
  )
  (call $k4_conv3_conv2d_add_compare_where
   (i32.const 2)
   (i32.const 0)
   (i32.const 26)
  )
  (call $k4_conv3_conv2d_add_compare_where
   (i32.const 3)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k4_conv3_conv2d_add_compare_where
   (i32.const 4)
   (i32.const 0)
   (i32.const 2)
  )
  (call $k5_conv4_conv2d_add_compare_where
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k5_conv4_conv2d_add_compare_where
   (i32.const 1)
   (i32.const 0)
   (i32.const 48)
  )
  (call $k5_conv4_conv2d_add_compare_where
   (i32.const 2)
   (i32.const 0)
   (i32.const 26)
  )
  (call $k5_conv4_conv2d_add_compare_where
   (i32.const 3)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k5_conv4_conv2d_add_compare_where
   (i32.const 4)
   (i32.const 0)
   (i32.const 2)
  )
  (call $k6_conv5_conv2d_add_compare_where
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k6_conv5_conv2d_add_compare_where
   (i32.const 1)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k6_conv5_conv2d_add_compare_where
   (i32.const 2)
   (i32.const 0)
   (i32.const 26)
  )
  (call $k6_conv5_conv2d_add_compare_where
   (i32.const 3)
   (i32.const 0)
   (i32.const 1)
  )
  (call $k6_conv5_conv2d_add_compare_where
   (i32.const 4)
   (i32.const 0)
   (i32.const 2)
  )
  (call $k7_maxPool
   (i32.const 0)
   (i32.const 0)
   (i32.const 2)
  )
  (call $k9_fc6_matmul_add_compare_where
   (i32.const 0)
   (i32.const 0)
   (i32.const 128)
  )
  (call $k10_fc7_matmul_add_compare_where
   (i32.const 0)
   (i32.const 0)
   (i32.const 128)
  )
  (call $k11_fc8_matmul_add
   (i32.const 0)
   (i32.const 0)
   (i32.const 32)
  )
  (call $k12_rows_reduceMax_reduceSum_div
   (i32.const 0)
   (i32.const 0)
   (i32.const 2)
  )
  (call $k13_reshape_compare_log_4more
   (i32.const 0)
   (i32.const 0)
   (i32.const 2)
  )
  (call $k14_reduceSum_div
   (i32.const 0)
   (i32.const 0)
   (i32.const 1)
  )
  (nop)
 )
)
