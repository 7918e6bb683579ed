(module
 (type $0 (func))
 (type $1 (func (param v128) (result v128)))
 (memory $0 19 19)
 (data $0 (i32.const 940596) "\01\00\00\00\02\00\00\00\03\00\00\00\04\00\00\00\05\00\00\00\06\00\00\00\07\00\00\00\08\00\00\00\t")
 (export "memory" (memory $0))
 (export "mnist_mlp" (func $mnist_mlp))
 (func $gf_exp_f32x4 (param $0 v128) (result v128)
  (local $1 v128)
  (local.set $1
   (f32x4.nearest
    (f32x4.mul
     (local.tee $0
      (f32x4.max
       (f32x4.min
        (local.get $0)
        (v128.const i32x4 0x42b20000 0x42b20000 0x42b20000 0x42b20000)
       )
       (v128.const i32x4 0xc2d00000 0xc2d00000 0xc2d00000 0xc2d00000)
      )
     )
     (v128.const i32x4 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b 0x3fb8aa3b)
    )
   )
  )
  (f32x4.mul
   (f32x4.mul
    (f32x4.add
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
                 (v128.const i32x4 0x39506967 0x39506967 0x39506967 0x39506967)
                 (local.tee $0
                  (f32x4.sub
                   (f32x4.sub
                    (local.get $0)
                    (f32x4.mul
                     (local.get $1)
                     (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
                    )
                   )
                   (f32x4.mul
                    (local.get $1)
                    (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
                   )
                  )
                 )
                )
                (v128.const i32x4 0x3ab743ce 0x3ab743ce 0x3ab743ce 0x3ab743ce)
               )
               (local.get $0)
              )
              (v128.const i32x4 0x3c088908 0x3c088908 0x3c088908 0x3c088908)
             )
             (local.get $0)
            )
            (v128.const i32x4 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1 0x3d2aa9c1)
           )
           (local.get $0)
          )
          (v128.const i32x4 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa 0x3e2aaaaa)
         )
         (local.get $0)
        )
        (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
       )
       (f32x4.mul
        (local.get $0)
        (local.get $0)
       )
      )
      (local.get $0)
     )
     (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
    )
    (i32x4.shl
     (i32x4.add
      (local.tee $1
       (i32x4.shr_s
        (local.tee $0
         (i32x4.trunc_sat_f32x4_s
          (local.get $1)
         )
        )
        (i32.const 1)
       )
      )
      (v128.const i32x4 0x0000007f 0x0000007f 0x0000007f 0x0000007f)
     )
     (i32.const 23)
    )
   )
   (i32x4.shl
    (i32x4.add
     (i32x4.sub
      (local.get $0)
      (local.get $1)
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
  (local.set $2
   (f32x4.lt
    (local.tee $1
     (v128.or
      (v128.and
       (local.tee $5
        (v128.bitselect
         (f32x4.mul
          (local.get $0)
          (v128.const i32x4 0x4b000000 0x4b000000 0x4b000000 0x4b000000)
         )
         (local.get $0)
         (local.tee $4
          (f32x4.lt
           (local.get $0)
           (v128.const i32x4 0x00800000 0x00800000 0x00800000 0x00800000)
          )
         )
        )
       )
       (v128.const i32x4 0x007fffff 0x007fffff 0x007fffff 0x007fffff)
      )
      (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
     )
    )
    (v128.const i32x4 0x3f3504f3 0x3f3504f3 0x3f3504f3 0x3f3504f3)
   )
  )
  (local.set $3
   (f32x4.mul
    (local.tee $1
     (f32x4.sub
      (f32x4.add
       (local.get $1)
       (v128.and
        (local.get $1)
        (local.get $2)
       )
      )
      (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
     )
    )
    (local.get $1)
   )
  )
  (v128.bitselect
   (local.get $0)
   (v128.bitselect
    (v128.const i32x4 0x7fc00000 0x7fc00000 0x7fc00000 0x7fc00000)
    (v128.bitselect
     (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
     (f32x4.add
      (f32x4.add
       (local.get $1)
       (f32x4.sub
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
                   (f32x4.add
                    (f32x4.mul
                     (f32x4.add
                      (f32x4.mul
                       (f32x4.add
                        (f32x4.mul
                         (f32x4.add
                          (f32x4.mul
                           (v128.const i32x4 0x3d9021bb 0x3d9021bb 0x3d9021bb 0x3d9021bb)
                           (local.get $1)
                          )
                          (v128.const i32x4 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8 0xbdebd1b8)
                         )
                         (local.get $1)
                        )
                        (v128.const i32x4 0x3def251a 0x3def251a 0x3def251a 0x3def251a)
                       )
                       (local.get $1)
                      )
                      (v128.const i32x4 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f 0xbdfe5d4f)
                     )
                     (local.get $1)
                    )
                    (v128.const i32x4 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf 0x3e11e9bf)
                   )
                   (local.get $1)
                  )
                  (v128.const i32x4 0xbe2aae50 0xbe2aae50 0xbe2aae50 0xbe2aae50)
                 )
                 (local.get $1)
                )
                (v128.const i32x4 0x3e4cceac 0x3e4cceac 0x3e4cceac 0x3e4cceac)
               )
               (local.get $1)
              )
              (v128.const i32x4 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc 0xbe7ffffc)
             )
             (local.get $1)
            )
            (v128.const i32x4 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa 0x3eaaaaaa)
           )
           (local.get $1)
          )
          (local.get $3)
         )
         (f32x4.mul
          (local.tee $1
           (f32x4.convert_i32x4_s
            (i32x4.add
             (i32x4.sub
              (i32x4.sub
               (i32x4.shr_u
                (local.get $5)
                (i32.const 23)
               )
               (v128.const i32x4 0x0000007e 0x0000007e 0x0000007e 0x0000007e)
              )
              (v128.and
               (local.get $4)
               (v128.const i32x4 0x00000017 0x00000017 0x00000017 0x00000017)
              )
             )
             (local.get $2)
            )
           )
          )
          (v128.const i32x4 0xb95e8083 0xb95e8083 0xb95e8083 0xb95e8083)
         )
        )
        (f32x4.mul
         (local.get $3)
         (v128.const i32x4 0x3f000000 0x3f000000 0x3f000000 0x3f000000)
        )
       )
      )
      (f32x4.mul
       (local.get $1)
       (v128.const i32x4 0x3f318000 0x3f318000 0x3f318000 0x3f318000)
      )
     )
     (f32x4.eq
      (local.get $0)
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
     )
    )
    (f32x4.lt
     (local.get $0)
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
   )
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
 (func $k1_fc1_matmul_add_compare_where_gemm
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local.set $16
   (i32.const 32)
  )
  (loop $panel0
   (local.set $6
    (i32.const 0)
   )
   (local.set $17
    (i32.const 16)
   )
   (loop $rows1
    (local.set $1
     (i32.mul
      (local.get $6)
      (i32.const 3136)
     )
    )
    (local.set $0
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $8
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $9
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
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
    (local.set $18
     (i32.add
      (local.tee $2
       (local.get $7)
      )
      (i32.const 802816)
     )
    )
    (loop $k2
     (local.set $0
      (f32x4.add
       (local.get $0)
       (f32x4.mul
        (local.tee $4
         (v128.load32_splat offset=940640
          (local.get $1)
         )
        )
        (local.tee $15
         (v128.load align=4
          (local.get $2)
         )
        )
       )
      )
     )
     (local.set $8
      (f32x4.add
       (local.get $8)
       (f32x4.mul
        (local.get $4)
        (local.tee $4
         (v128.load offset=16 align=4
          (local.get $2)
         )
        )
       )
      )
     )
     (local.set $9
      (f32x4.add
       (local.get $9)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=943776
          (local.get $1)
         )
        )
        (local.get $15)
       )
      )
     )
     (local.set $10
      (f32x4.add
       (local.get $10)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $11
      (f32x4.add
       (local.get $11)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=946912
          (local.get $1)
         )
        )
        (local.get $15)
       )
      )
     )
     (local.set $12
      (f32x4.add
       (local.get $12)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $13
      (f32x4.add
       (local.get $13)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=950048
          (local.get $1)
         )
        )
        (local.get $15)
       )
      )
     )
     (local.set $14
      (f32x4.add
       (local.get $14)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $1
      (i32.add
       (local.get $1)
       (i32.const 4)
      )
     )
     (br_if $k2
      (i32.ne
       (local.get $18)
       (local.tee $2
        (i32.add
         (local.get $2)
         (i32.const 1024)
        )
       )
      )
     )
    )
    (v128.store offset=1141600 align=4
     (local.tee $2
      (i32.add
       (local.tee $1
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
       (i32.shl
        (local.get $6)
        (i32.const 10)
       )
      )
     )
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $0)
        (v128.load offset=802816 align=4
         (local.get $1)
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=1141616 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $8)
        (v128.load offset=802816 align=4
         (i32.shl
          (local.tee $1
           (i32.add
            (local.get $3)
            (i32.const 4)
           )
          )
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=1142624 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $9)
        (v128.load offset=802816 align=4
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=1142640 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $10)
        (v128.load offset=802816 align=4
         (i32.shl
          (local.get $1)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=1143648 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $11)
        (v128.load offset=802816 align=4
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=1143664 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $12)
        (v128.load offset=802816 align=4
         (i32.shl
          (local.get $1)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=1144672 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $13)
        (v128.load offset=802816 align=4
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=1144688 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $14)
        (v128.load offset=802816 align=4
         (i32.shl
          (local.get $1)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 4)
     )
    )
    (br_if $rows1
     (local.tee $17
      (i32.sub
       (local.get $17)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $3
    (i32.add
     (local.get $3)
     (i32.const 8)
    )
   )
   (local.set $7
    (i32.add
     (local.get $7)
     (i32.const 32)
    )
   )
   (br_if $panel0
    (local.tee $16
     (i32.sub
      (local.get $16)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k2_fc2_matmul_add_compare_where_gemm
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 v128)
  (local $5 v128)
  (local $6 i32)
  (local $7 i32)
  (local $8 v128)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local $15 v128)
  (local $16 i32)
  (local $17 i32)
  (local $18 i32)
  (local.set $16
   (i32.const 16)
  )
  (loop $panel0
   (local.set $6
    (i32.const 0)
   )
   (local.set $17
    (i32.const 16)
   )
   (loop $rows1
    (local.set $1
     (i32.shl
      (local.get $6)
      (i32.const 10)
     )
    )
    (local.set $0
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $8
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
    )
    (local.set $9
     (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
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
    (local.set $18
     (i32.add
      (local.tee $2
       (local.get $7)
      )
      (i32.const 131072)
     )
    )
    (loop $k2
     (local.set $0
      (f32x4.add
       (local.get $0)
       (f32x4.mul
        (local.tee $4
         (v128.load32_splat offset=1141600
          (local.get $1)
         )
        )
        (local.tee $15
         (v128.load offset=803840 align=4
          (local.get $2)
         )
        )
       )
      )
     )
     (local.set $8
      (f32x4.add
       (local.get $8)
       (f32x4.mul
        (local.get $4)
        (local.tee $4
         (v128.load offset=803856 align=4
          (local.get $2)
         )
        )
       )
      )
     )
     (local.set $9
      (f32x4.add
       (local.get $9)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=1142624
          (local.get $1)
         )
        )
        (local.get $15)
       )
      )
     )
     (local.set $10
      (f32x4.add
       (local.get $10)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $11
      (f32x4.add
       (local.get $11)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=1143648
          (local.get $1)
         )
        )
        (local.get $15)
       )
      )
     )
     (local.set $12
      (f32x4.add
       (local.get $12)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $13
      (f32x4.add
       (local.get $13)
       (f32x4.mul
        (local.tee $5
         (v128.load32_splat offset=1144672
          (local.get $1)
         )
        )
        (local.get $15)
       )
      )
     )
     (local.set $14
      (f32x4.add
       (local.get $14)
       (f32x4.mul
        (local.get $5)
        (local.get $4)
       )
      )
     )
     (local.set $1
      (i32.add
       (local.get $1)
       (i32.const 4)
      )
     )
     (br_if $k2
      (i32.ne
       (local.get $18)
       (local.tee $2
        (i32.add
         (local.get $2)
         (i32.const 512)
        )
       )
      )
     )
    )
    (v128.store offset=940640 align=4
     (local.tee $2
      (i32.add
       (local.tee $1
        (i32.shl
         (local.get $3)
         (i32.const 2)
        )
       )
       (i32.shl
        (local.get $6)
        (i32.const 9)
       )
      )
     )
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $0)
        (v128.load offset=934912 align=4
         (local.get $1)
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=940656 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $8)
        (v128.load offset=934912 align=4
         (i32.shl
          (local.tee $1
           (i32.add
            (local.get $3)
            (i32.const 4)
           )
          )
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=941152 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $9)
        (v128.load offset=934912 align=4
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=941168 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $10)
        (v128.load offset=934912 align=4
         (i32.shl
          (local.get $1)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=941664 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $11)
        (v128.load offset=934912 align=4
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=941680 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $12)
        (v128.load offset=934912 align=4
         (i32.shl
          (local.get $1)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=942176 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $13)
        (v128.load offset=934912 align=4
         (i32.shl
          (local.get $3)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (v128.store offset=942192 align=4
     (local.get $2)
     (v128.bitselect
      (local.tee $0
       (f32x4.add
        (local.get $14)
        (v128.load offset=934912 align=4
         (i32.shl
          (local.get $1)
          (i32.const 2)
         )
        )
       )
      )
      (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      (f32x4.ne
       (v128.and
        (f32x4.gt
         (local.get $0)
         (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
      )
     )
    )
    (local.set $6
     (i32.add
      (local.get $6)
      (i32.const 4)
     )
    )
    (br_if $rows1
     (local.tee $17
      (i32.sub
       (local.get $17)
       (i32.const 1)
      )
     )
    )
   )
   (local.set $3
    (i32.add
     (local.get $3)
     (i32.const 8)
    )
   )
   (local.set $7
    (i32.add
     (local.get $7)
     (i32.const 32)
    )
   )
   (br_if $panel0
    (local.tee $16
     (i32.sub
      (local.get $16)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k3_fc3_matmul_add_gemm
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 v128)
  (local $4 v128)
  (local $5 v128)
  (local $6 v128)
  (local $7 v128)
  (local $8 i32)
  (local $9 v128)
  (local $10 v128)
  (local $11 v128)
  (local $12 v128)
  (local $13 v128)
  (local $14 v128)
  (local.set $8
   (i32.const 16)
  )
  (loop $rows1
   (local.set $0
    (i32.shl
     (local.get $1)
     (i32.const 9)
    )
   )
   (local.set $2
    (i32.const 0)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $4
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $11
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $12
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $13
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (loop $k2
    (local.set $3
     (f32x4.add
      (local.get $3)
      (f32x4.mul
       (local.tee $9
        (v128.load32_splat offset=940640
         (local.get $0)
        )
       )
       (local.tee $14
        (v128.load offset=935424 align=4
         (local.get $2)
        )
       )
      )
     )
    )
    (local.set $4
     (f32x4.add
      (local.get $4)
      (f32x4.mul
       (local.get $9)
       (local.tee $9
        (v128.load offset=935440 align=4
         (local.get $2)
        )
       )
      )
     )
    )
    (local.set $5
     (f32x4.add
      (local.get $5)
      (f32x4.mul
       (local.tee $10
        (v128.load32_splat offset=941152
         (local.get $0)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $11
     (f32x4.add
      (local.get $11)
      (f32x4.mul
       (local.get $10)
       (local.get $9)
      )
     )
    )
    (local.set $6
     (f32x4.add
      (local.get $6)
      (f32x4.mul
       (local.tee $10
        (v128.load32_splat offset=941664
         (local.get $0)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $12
     (f32x4.add
      (local.get $12)
      (f32x4.mul
       (local.get $10)
       (local.get $9)
      )
     )
    )
    (local.set $7
     (f32x4.add
      (local.get $7)
      (f32x4.mul
       (local.tee $10
        (v128.load32_splat offset=942176
         (local.get $0)
        )
       )
       (local.get $14)
      )
     )
    )
    (local.set $13
     (f32x4.add
      (local.get $13)
      (f32x4.mul
       (local.get $10)
       (local.get $9)
      )
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 4)
     )
    )
    (br_if $k2
     (i32.ne
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 40)
       )
      )
      (i32.const 5120)
     )
    )
   )
   (v128.store offset=973408 align=4
    (local.tee $0
     (i32.mul
      (local.get $1)
      (i32.const 40)
     )
    )
    (f32x4.add
     (local.get $3)
     (v128.load align=4
      (i32.const 940544)
     )
    )
   )
   (v128.store offset=973424 align=4
    (local.get $0)
    (f32x4.add
     (local.get $4)
     (v128.load align=4
      (i32.const 940560)
     )
    )
   )
   (v128.store offset=973448 align=4
    (local.get $0)
    (f32x4.add
     (local.get $5)
     (v128.load align=4
      (i32.const 940544)
     )
    )
   )
   (v128.store offset=973464 align=4
    (local.get $0)
    (f32x4.add
     (local.get $11)
     (v128.load align=4
      (i32.const 940560)
     )
    )
   )
   (v128.store offset=973488 align=4
    (local.get $0)
    (f32x4.add
     (local.get $6)
     (v128.load align=4
      (i32.const 940544)
     )
    )
   )
   (v128.store offset=973504 align=4
    (local.get $0)
    (f32x4.add
     (local.get $12)
     (v128.load align=4
      (i32.const 940560)
     )
    )
   )
   (v128.store offset=973528 align=4
    (local.get $0)
    (f32x4.add
     (local.get $7)
     (v128.load align=4
      (i32.const 940544)
     )
    )
   )
   (v128.store offset=973544 align=4
    (local.get $0)
    (f32x4.add
     (local.get $13)
     (v128.load align=4
      (i32.const 940560)
     )
    )
   )
   (local.set $1
    (i32.add
     (local.get $1)
     (i32.const 4)
    )
   )
   (br_if $rows1
    (local.tee $8
     (i32.sub
      (local.get $8)
      (i32.const 1)
     )
    )
   )
  )
  (local.set $1
   (i32.const 0)
  )
  (local.set $8
   (i32.const 16)
  )
  (loop $rows3
   (local.set $0
    (i32.shl
     (local.get $1)
     (i32.const 9)
    )
   )
   (local.set $2
    (i32.const 32)
   )
   (local.set $3
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $5
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $6
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $7
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (loop $k4
    (local.set $3
     (f32x4.add
      (local.get $3)
      (f32x4.mul
       (v128.load32_splat offset=940640
        (local.get $0)
       )
       (local.tee $4
        (v128.load64_zero offset=935424 align=4
         (local.get $2)
        )
       )
      )
     )
    )
    (local.set $5
     (f32x4.add
      (local.get $5)
      (f32x4.mul
       (v128.load32_splat offset=941152
        (local.get $0)
       )
       (local.get $4)
      )
     )
    )
    (local.set $6
     (f32x4.add
      (local.get $6)
      (f32x4.mul
       (v128.load32_splat offset=941664
        (local.get $0)
       )
       (local.get $4)
      )
     )
    )
    (local.set $7
     (f32x4.add
      (local.get $7)
      (f32x4.mul
       (v128.load32_splat offset=942176
        (local.get $0)
       )
       (local.get $4)
      )
     )
    )
    (local.set $0
     (i32.add
      (local.get $0)
      (i32.const 4)
     )
    )
    (br_if $k4
     (i32.ne
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 40)
       )
      )
      (i32.const 5152)
     )
    )
   )
   (v128.store64_lane offset=973408 align=4 0
    (local.tee $0
     (i32.add
      (i32.mul
       (local.get $1)
       (i32.const 40)
      )
      (i32.const 32)
     )
    )
    (f32x4.add
     (local.get $3)
     (v128.load align=4
      (i32.const 940576)
     )
    )
   )
   (v128.store64_lane offset=973448 align=4 0
    (local.get $0)
    (f32x4.add
     (local.get $5)
     (v128.load align=4
      (i32.const 940576)
     )
    )
   )
   (v128.store64_lane offset=973488 align=4 0
    (local.get $0)
    (f32x4.add
     (local.get $6)
     (v128.load align=4
      (i32.const 940576)
     )
    )
   )
   (v128.store64_lane offset=973528 align=4 0
    (local.get $0)
    (f32x4.add
     (local.get $7)
     (v128.load align=4
      (i32.const 940576)
     )
    )
   )
   (local.set $1
    (i32.add
     (local.get $1)
     (i32.const 4)
    )
   )
   (br_if $rows3
    (local.tee $8
     (i32.sub
      (local.get $8)
      (i32.const 1)
     )
    )
   )
  )
 )
 (func $k4_reduceMax_stopGradient
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (loop $for1
   (local.set $0
    (v128.const i32x4 0xff800000 0xff800000 0xff800000 0xff800000)
   )
   (local.set $2
    (i32.const 0)
   )
   (loop $for0
    (local.set $0
     (f32x4.max
      (local.get $0)
      (v128.load offset=973408 align=4
       (i32.shl
        (i32.add
         (local.tee $3
          (i32.mul
           (local.get $1)
           (i32.const 10)
          )
         )
         (local.get $2)
        )
        (i32.const 2)
       )
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 4)
       )
      )
      (i32.const 8)
     )
    )
   )
   (f32.store offset=940640
    (i32.shl
     (local.get $1)
     (i32.const 2)
    )
    (f32.max
     (f32.load offset=973408
      (i32.shl
       (i32.add
        (local.get $3)
        (i32.const 9)
       )
       (i32.const 2)
      )
     )
     (f32.max
      (f32.load offset=973408
       (i32.shl
        (i32.add
         (local.get $3)
         (i32.const 8)
        )
        (i32.const 2)
       )
      )
      (f32.max
       (f32.max
        (f32x4.extract_lane 0
         (local.get $0)
        )
        (f32x4.extract_lane 1
         (local.get $0)
        )
       )
       (f32.max
        (f32x4.extract_lane 2
         (local.get $0)
        )
        (f32x4.extract_lane 3
         (local.get $0)
        )
       )
      )
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k5_sub_exp_reduceSum
  (local $0 v128)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (loop $for1
   (local.set $0
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $2
    (i32.const 0)
   )
   (loop $for0
    (local.set $0
     (f32x4.add
      (local.get $0)
      (call $gf_exp_f32x4
       (f32x4.sub
        (v128.load offset=973408 align=4
         (i32.shl
          (i32.add
           (local.tee $3
            (i32.mul
             (local.get $1)
             (i32.const 10)
            )
           )
           (local.get $2)
          )
          (i32.const 2)
         )
        )
        (v128.load32_splat offset=940640
         (local.tee $4
          (i32.shl
           (local.get $1)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $2
       (i32.add
        (local.get $2)
        (i32.const 4)
       )
      )
      (i32.const 8)
     )
    )
   )
   (f32.store offset=940896
    (local.get $4)
    (f32.add
     (f32.add
      (f32.add
       (f32.add
        (f32x4.extract_lane 0
         (local.get $0)
        )
        (f32x4.extract_lane 1
         (local.get $0)
        )
       )
       (f32.add
        (f32x4.extract_lane 2
         (local.get $0)
        )
        (f32x4.extract_lane 3
         (local.get $0)
        )
       )
      )
      (f32x4.extract_lane 0
       (call $gf_exp_f32x4
        (f32x4.splat
         (f32.sub
          (f32.load offset=973408
           (i32.shl
            (i32.add
             (local.get $3)
             (i32.const 8)
            )
            (i32.const 2)
           )
          )
          (f32.load offset=940640
           (local.get $4)
          )
         )
        )
       )
      )
     )
     (f32x4.extract_lane 0
      (call $gf_exp_f32x4
       (f32x4.splat
        (f32.sub
         (f32.load offset=973408
          (i32.shl
           (i32.add
            (local.get $3)
            (i32.const 9)
           )
           (i32.const 2)
          )
         )
         (f32.load offset=940640
          (i32.shl
           (local.get $1)
           (i32.const 2)
          )
         )
        )
       )
      )
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k6_sub_exp_div
  (local $0 i32)
  (local $1 i32)
  (local $2 i32)
  (local $3 i32)
  (local $4 f32)
  (loop $for1
   (local.set $1
    (i32.const 0)
   )
   (loop $for0
    (local.set $4
     (f32x4.extract_lane 0
      (call $gf_exp_f32x4
       (f32x4.splat
        (f32.sub
         (f32.load offset=973408
          (i32.shl
           (local.tee $2
            (i32.add
             (i32.mul
              (local.get $0)
              (i32.const 10)
             )
             (local.get $1)
            )
           )
           (i32.const 2)
          )
         )
         (f32.load offset=940640
          (local.tee $3
           (i32.shl
            (local.get $0)
            (i32.const 2)
           )
          )
         )
        )
       )
      )
     )
    )
    (f32.store offset=941152
     (i32.shl
      (local.get $2)
      (i32.const 2)
     )
     (f32.div
      (local.get $4)
      (f32.load offset=940896
       (local.get $3)
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $1
       (i32.add
        (local.get $1)
        (i32.const 1)
       )
      )
      (i32.const 10)
     )
    )
   )
   (br_if $for1
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k7_reshape_compare_log_4more
  (local $0 i32)
  (local $1 v128)
  (local $2 i32)
  (local $3 i32)
  (local $4 i32)
  (loop $for1
   (local.set $1
    (v128.const i32x4 0x00000000 0x00000000 0x00000000 0x00000000)
   )
   (local.set $3
    (i32.const 0)
   )
   (loop $for0
    (local.set $1
     (f32x4.add
      (local.get $1)
      (f32x4.mul
       (v128.and
        (i32x4.eq
         (v128.load32_splat offset=1141344
          (local.tee $2
           (i32.shl
            (local.get $0)
            (i32.const 2)
           )
          )
         )
         (v128.load offset=940592 align=4
          (i32.shl
           (local.get $3)
           (i32.const 2)
          )
         )
        )
        (v128.const i32x4 0x3f800000 0x3f800000 0x3f800000 0x3f800000)
       )
       (f32x4.sub
        (f32x4.sub
         (v128.load offset=973408 align=4
          (i32.shl
           (i32.add
            (local.tee $4
             (i32.mul
              (local.get $0)
              (i32.const 10)
             )
            )
            (local.get $3)
           )
           (i32.const 2)
          )
         )
         (v128.load32_splat offset=940640
          (local.get $2)
         )
        )
        (call $gf_log_f32x4
         (v128.load32_splat offset=940896
          (local.get $2)
         )
        )
       )
      )
     )
    )
    (br_if $for0
     (i32.lt_s
      (local.tee $3
       (i32.add
        (local.get $3)
        (i32.const 4)
       )
      )
      (i32.const 8)
     )
    )
   )
   (f32.store offset=943712
    (local.get $2)
    (f32.neg
     (f32.add
      (f32.add
       (f32.add
        (f32.add
         (f32x4.extract_lane 0
          (local.get $1)
         )
         (f32x4.extract_lane 1
          (local.get $1)
         )
        )
        (f32.add
         (f32x4.extract_lane 2
          (local.get $1)
         )
         (f32x4.extract_lane 3
          (local.get $1)
         )
        )
       )
       (f32.mul
        (f32.convert_i32_u
         (i32.eq
          (i32.load offset=1141344
           (local.get $2)
          )
          (i32.load
           (i32.const 940624)
          )
         )
        )
        (f32.sub
         (f32.sub
          (f32.load offset=973408
           (i32.shl
            (i32.add
             (local.get $4)
             (i32.const 8)
            )
            (i32.const 2)
           )
          )
          (f32.load offset=940640
           (local.get $2)
          )
         )
         (f32x4.extract_lane 0
          (call $gf_log_f32x4
           (f32x4.splat
            (f32.load offset=940896
             (local.get $2)
            )
           )
          )
         )
        )
       )
      )
      (f32.mul
       (f32.convert_i32_u
        (i32.eq
         (i32.load offset=1141344
          (i32.shl
           (local.get $0)
           (i32.const 2)
          )
         )
         (i32.load
          (i32.const 940628)
         )
        )
       )
       (f32.sub
        (f32.sub
         (f32.load offset=973408
          (i32.shl
           (i32.add
            (local.get $4)
            (i32.const 9)
           )
           (i32.const 2)
          )
         )
         (f32.load offset=940640
          (i32.shl
           (local.get $0)
           (i32.const 2)
          )
         )
        )
        (f32x4.extract_lane 0
         (call $gf_log_f32x4
          (f32x4.splat
           (f32.load offset=940896
            (i32.shl
             (local.get $0)
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
   (br_if $for1
    (i32.lt_s
     (local.tee $0
      (i32.add
       (local.get $0)
       (i32.const 1)
      )
     )
     (i32.const 64)
    )
   )
  )
 )
 (func $k8_reduceSum_div
  (local $0 v128)
  (local $1 i32)
  (loop $for0
   (local.set $0
    (f32x4.add
     (local.get $0)
     (v128.load offset=943712 align=4
      (i32.shl
       (local.get $1)
       (i32.const 2)
      )
     )
    )
   )
   (br_if $for0
    (i32.lt_s
     (local.tee $1
      (i32.add
       (local.get $1)
       (i32.const 4)
      )
     )
     (i32.const 64)
    )
   )
  )
  (f32.store
   (i32.const 940640)
   (f32.mul
    (f32.add
     (f32.add
      (f32x4.extract_lane 0
       (local.get $0)
      )
      (f32x4.extract_lane 1
       (local.get $0)
      )
     )
     (f32.add
      (f32x4.extract_lane 2
       (local.get $0)
      )
      (f32x4.extract_lane 3
       (local.get $0)
      )
     )
    )
    (f32.const 0.015625)
   )
  )
 )
 (func $mnist_mlp
  (call $k1_fc1_matmul_add_compare_where_gemm)
  (call $k2_fc2_matmul_add_compare_where_gemm)
  (call $k3_fc3_matmul_add_gemm)
  (call $k4_reduceMax_stopGradient)
  (call $k5_sub_exp_reduceSum)
  (call $k6_sub_exp_div)
  (call $k7_reshape_compare_log_4more)
  (call $k8_reduceSum_div)
 )
)
